//! Sends the queued mail: over SMTP when `SMTP_URL` is set, otherwise as .eml files in the
//! outbox folder (`data/outbox/` by default), which is how development and tests read it.
use app::db::Db;
use app::mail::{self, Claimed};
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration;

/// How long a claimed mail is held before another worker may try it.
const LEASE_SECONDS: i64 = 120;
/// Mails taken per round.
const BATCH: i64 = 20;
/// Pause between rounds when the queue is empty.
const IDLE: Duration = Duration::from_secs(2);

#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Outbox(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

#[derive(Debug, thiserror::Error)]
pub enum MailConfigError {
    #[error("SMTP_URL is not a valid SMTP address (smtp://, smtps://, with user:password@ if needed): {0}")]
    SmtpUrl(String),
    #[error("MAIL_FROM is not a valid address: {0}")]
    From(String),
    #[error("cannot create the outbox folder {0}: {1}")]
    Outbox(String, std::io::Error),
}

impl Transport {
    pub fn new(smtp_url: Option<&str>, outbox: PathBuf) -> Result<Transport, MailConfigError> {
        match smtp_url.filter(|u| !u.is_empty()) {
            Some(url) => AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map(|b| Transport::Smtp(b.timeout(Some(Duration::from_secs(20))).build()))
                .map_err(|e| MailConfigError::SmtpUrl(e.to_string())),
            None => {
                std::fs::create_dir_all(&outbox).map_err(|e| MailConfigError::Outbox(outbox.display().to_string(), e))?;
                Ok(Transport::Outbox(AsyncFileTransport::new(&outbox), outbox))
            }
        }
    }

    async fn send(&self, message: Message) -> Result<(), String> {
        match self {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Transport::Outbox(files, _) => files.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

pub struct Worker {
    pub db: Db,
    pub transport: Transport,
    pub from: Mailbox,
    /// Names this worker's claims; unique per process.
    pub id: String,
}

impl Worker {
    pub fn new(db: Db, transport: Transport, from: &str) -> Result<Worker, MailConfigError> {
        let from = from.parse().map_err(|e: lettre::address::AddressError| MailConfigError::From(e.to_string()))?;
        let id = format!("{}-{}", std::process::id(), rand::random::<u64>());
        Ok(Worker { db, transport, from, id })
    }

    /// Sends every mail due now; returns how many were sent.
    pub async fn deliver_due(&self) -> Result<usize, sqlx::Error> {
        let mut sent = 0;
        loop {
            let batch = mail::claim(&self.db, &self.id, crate::now(), LEASE_SECONDS, BATCH).await?;
            if batch.is_empty() {
                return Ok(sent);
            }
            for claimed in batch {
                match self.message(&claimed) {
                    Ok(message) => match self.transport.send(message).await {
                        Ok(()) => {
                            mail::mark_sent(&self.db, claimed.id, &self.id, crate::now()).await?;
                            sent += 1;
                        }
                        Err(e) => {
                            tracing::warn!(mail = claimed.id, error = %e, "sending failed; will retry");
                            mail::mark_failed(&self.db, &claimed, &self.id, crate::now(), &e).await?;
                        }
                    },
                    Err(e) => {
                        tracing::error!(mail = claimed.id, error = %e, "mail cannot be built");
                        mail::mark_failed(&self.db, &claimed, &self.id, crate::now(), &e).await?;
                    }
                }
            }
        }
    }

    /// Runs until the process stops: a round every `IDLE` while the queue is empty.
    pub async fn run(self) {
        loop {
            if let Err(e) = self.deliver_due().await {
                tracing::error!(error = %e, "mail queue unavailable");
            }
            tokio::time::sleep(IDLE).await;
        }
    }

    fn message(&self, claimed: &Claimed) -> Result<Message, String> {
        let mail = &claimed.mail;
        let to: Mailbox = mail.to.parse().map_err(|e: lettre::address::AddressError| e.to_string())?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            .message_id(None)
            .header(ContentLanguage::new(mail.language.clone()))
            .multipart(body(mail))
            .map_err(|e| e.to_string())
    }
}

/// Text and HTML as alternatives; with a calendar, both followed by `invite.ics`.
fn body(mail: &mail::OutgoingMail) -> MultiPart {
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(mail.text.clone()))
        .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(mail.html.clone()));
    if mail.calendar.is_empty() {
        return alternative;
    }
    let calendar = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH").unwrap_or(ContentType::TEXT_PLAIN);
    MultiPart::mixed()
        .multipart(alternative)
        .singlepart(Attachment::new("invite.ics".to_string()).body(mail.calendar.clone(), calendar))
}

/// `Content-Language` (RFC 3282): the language the mail is written in.
#[derive(Clone)]
struct ContentLanguage(String);

impl ContentLanguage {
    fn new(language: String) -> Self {
        ContentLanguage(language)
    }
}

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ContentLanguage(s.to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

