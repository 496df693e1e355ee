//! The binary's behaviour when the database cannot be had.
use std::process::Command;

#[test]
fn an_unreachable_database_is_a_one_line_error_and_a_failure_exit() {
    let out = Command::new(env!("CARGO_BIN_EXE_tadamun"))
        .args(["migrate", "--database-url", "postgres://postgres@127.0.0.1:1/nothing"])
        .env("RUST_LOG", "off")
        .output()
        .expect("run tadamun");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("tadamun: cannot open the database"), "{stderr}");
}

#[test]
fn an_unusable_database_url_is_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_tadamun"))
        .args(["migrate", "--database-url", "mysql://somewhere/db"])
        .env("RUST_LOG", "off")
        .output()
        .expect("run tadamun");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unsupported database URL"));
}

#[test]
fn an_unwritable_sqlite_path_is_a_clear_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_tadamun"))
        .args(["migrate", "--database-url", "sqlite:/proc/tadamun/forbidden.db"])
        .env("RUST_LOG", "off")
        .output()
        .expect("run tadamun");
    assert!(!out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim().lines().count(), 1);
}

#[test]
fn the_demo_switch_reads_the_usual_spellings_from_the_environment() {
    let dir = std::env::temp_dir().join(format!("tadamun-demo-env-{}", std::process::id()));
    for value in ["1", "true", "yes", "0"] {
        let out = Command::new(env!("CARGO_BIN_EXE_tadamun"))
            .args(["migrate", "--database-url", &format!("sqlite:{}/db-{value}.db", dir.display())])
            .env("TADAMUN_DEMO", value)
            .env("RUST_LOG", "off")
            .output()
            .expect("run tadamun");
        assert!(out.status.success(), "TADAMUN_DEMO={value}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

/// The bundle's hashed names are in `hash.txt` beside the binary; without it no page could
/// link its stylesheet or scripts, so `serve` refuses to start, naming the file.
#[test]
fn serving_without_the_hash_file_beside_the_binary_is_refused() {
    let dir = std::env::temp_dir().join(format!("tadamun-no-hash-file-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = dir.join("tadamun");
    let _ = std::fs::remove_file(&exe);
    // A link where the file system allows it: the debug binary is large.
    std::fs::hard_link(env!("CARGO_BIN_EXE_tadamun"), &exe)
        .or_else(|_| std::fs::copy(env!("CARGO_BIN_EXE_tadamun"), &exe).map(drop))
        .unwrap();
    let mut child = Command::new(&exe)
        .args(["serve", "--database-url", &format!("sqlite:{}/db.db", dir.display())])
        .env("LEPTOS_HASH_FILES", "true")
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "off")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run tadamun");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("tadamun serve started without hash.txt beside it");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let out = child.wait_with_output().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains(&format!("{}", dir.join("hash.txt").display())), "{stderr}");
}
