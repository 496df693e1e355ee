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
