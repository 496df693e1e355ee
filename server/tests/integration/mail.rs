//! The mail queue and its worker, on SQLite and PostgreSQL: every queued mail is sent exactly
//! once even with two instances sending at the same time, and failures are retried later.
use crate::common;

use app::mail::{enqueue, OutgoingMail};
use crate::common::TestDb;
use tadamun::mail::{Transport, Worker};

fn mail(n: usize) -> OutgoingMail {
    OutgoingMail {
        to: format!("person{n}@example.org"),
        language: if n.is_multiple_of(2) { "ar".into() } else { "en".into() },
        subject: format!("Message {n} — رسالة"),
        text: format!("Plain text {n}"),
        html: format!("<p>HTML {n}</p>"),
        calendar: String::new(),
    }
}

async fn queue(db: &app::db::Db, count: usize) {
    let mut tx = db.begin_write().await.unwrap();
    for n in 0..count {
        enqueue(&mut tx, &mail(n), 0).await.unwrap();
    }
    tx.commit().await.unwrap();
}

fn outbox_files(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect()
}

#[tokio::test]
async fn two_instances_send_each_queued_mail_once() {
    let t = TestDb::new().await;
    let other = t.another_instance().await;
    let outbox = common::temp_dir("outbox");
    queue(&t.db, 60).await;

    let worker = |db| Worker::new(db, Transport::new(None, outbox.clone()).unwrap(), "Tadamun <no-reply@example.org>").unwrap();
    let (a, b) = (worker(t.db.clone()), worker(other.clone()));
    let (sent_a, sent_b) = tokio::join!(a.deliver_due(), b.deliver_due());
    let (sent_a, sent_b) = (sent_a.unwrap(), sent_b.unwrap());
    assert_eq!(sent_a + sent_b, 60, "every mail sent ({sent_a} + {sent_b})");

    let files = outbox_files(&outbox);
    assert_eq!(files.len(), 60, "one file per mail");
    for n in 0..60 {
        let to = format!("To: person{n}@example.org");
        assert_eq!(files.iter().filter(|f| f.contains(&to)).count(), 1, "{to} exactly once");
    }
    // Both bodies, and the language the mail is written in.
    let first = files.iter().find(|f| f.contains("To: person0@example.org")).unwrap();
    assert!(first.contains("text/plain") && first.contains("text/html"));
    assert!(first.contains("Content-Language: ar"));

    // Nothing is left to send, by either instance.
    assert_eq!(a.deliver_due().await.unwrap(), 0);
    assert_eq!(b.deliver_due().await.unwrap(), 0);
    other.pool.close().await;
    t.finish().await;
}

#[tokio::test]
async fn a_failed_send_is_kept_and_retried_later() {
    let t = TestDb::new().await;
    queue(&t.db, 1).await;
    // Nothing listens on port 1: the connection is refused at once.
    let smtp = Transport::new(Some("smtp://127.0.0.1:1"), common::temp_dir("unused")).unwrap();
    let worker = Worker::new(t.db.clone(), smtp, "Tadamun <no-reply@example.org>").unwrap();
    assert_eq!(worker.deliver_due().await.unwrap(), 0);

    let (attempts, sent, error, next): (i64, Option<i64>, String, i64) =
        sqlx::query_as("SELECT attempts, sent_at, last_error, next_attempt_at FROM mail_queue")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!((attempts, sent), (1, None));
    assert!(!error.is_empty());
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    assert!(next >= now + 50, "retried after a pause, not at once");
    // Not due yet: a second round does not try again.
    assert_eq!(worker.deliver_due().await.unwrap(), 0);
    let (attempts,): (i64,) = sqlx::query_as("SELECT attempts FROM mail_queue").fetch_one(&t.db.pool).await.unwrap();
    assert_eq!(attempts, 1);

    // Once due, a working transport delivers it.
    sqlx::query("UPDATE mail_queue SET next_attempt_at = 0").execute(&t.db.pool).await.unwrap();
    let outbox = common::temp_dir("outbox");
    let worker = Worker::new(t.db.clone(), Transport::new(None, outbox.clone()).unwrap(), "Tadamun <no-reply@example.org>").unwrap();
    assert_eq!(worker.deliver_due().await.unwrap(), 1);
    assert_eq!(outbox_files(&outbox).len(), 1);
    t.finish().await;
}

#[tokio::test]
async fn bad_mail_settings_are_refused_at_start() {
    assert!(Transport::new(Some("http://example.org"), common::temp_dir("unused")).is_err());
    let t = TestDb::new().await;
    let transport = Transport::new(None, common::temp_dir("outbox")).unwrap();
    assert!(Worker::new(t.db.clone(), transport, "not an address").is_err());
    t.finish().await;
}
