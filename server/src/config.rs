//! Configuration from flags and environment variables (flags win).
use clap::builder::BoolishValueParser;
use clap::{ArgAction, Args, Parser, Subcommand};

pub const DEFAULT_DATABASE_URL: &str = "sqlite:data/tadamun.db";

#[derive(Debug, Parser)]
#[command(name = "tadamun", version, about = "The platform international solidarity networks run for themselves")]
pub struct Cli {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Options of `serve`, also read when no command is given (as `cargo leptos serve` runs it).
    #[command(flatten)]
    pub serve: ServeArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// sqlite:PATH (created if missing) or postgres://USER@HOST:PORT/DB.
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, global = true)]
    pub database_url: String,
    /// Connections in the pool.
    #[arg(long, env = "TADAMUN_DB_CONNECTIONS", default_value_t = 8, global = true)]
    pub db_connections: u32,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Migrate the database, then serve the site (the default).
    Serve,
    /// Bring the database schema up to date and exit.
    Migrate,
    /// Load the demo directory (the networks of the seed pages); skipped if already loaded.
    SeedDemo,
    /// Create the first administrator, or make an existing account one. A new account's
    /// password is read from TADAMUN_ADMIN_PASSWORD, else from the first line of standard input.
    CreateAdmin {
        #[arg(long)]
        email: String,
        /// The name shown for the new account (a pseudonym is fine).
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
    /// Make an account (created if new, password from TADAMUN_ADMIN_PASSWORD or standard
    /// input) an editor of an organisation: they can then add and edit its events.
    CreateEditor {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Editor")]
        name: String,
        /// The organisation's address in the directory, e.g. ccivs.
        #[arg(long)]
        organisation: String,
    },
    /// Add generated organisations for benchmarks and load tests.
    SeedSynthetic {
        #[arg(long, default_value_t = 10_000)]
        organisations: u32,
        /// Same seed, same data.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Load the demo directory before serving, if the database is empty.
    /// (The variable takes 1/0, true/false, yes/no.)
    #[arg(long, env = "TADAMUN_DEMO", global = true, action = ArgAction::SetTrue,
          value_parser = BoolishValueParser::new())]
    pub demo: bool,
    /// The largest request body accepted, in bytes.
    #[arg(long, env = "TADAMUN_MAX_BODY_BYTES", default_value_t = 64 * 1024, global = true)]
    pub max_body_bytes: usize,
    /// Send the session cookie over plain HTTP too (and without the `__Host-` prefix). Only
    /// for development on this machine at http://127.0.0.1; never in production.
    #[arg(long, env = "TADAMUN_INSECURE_COOKIES", global = true, action = ArgAction::SetTrue,
          value_parser = BoolishValueParser::new())]
    pub insecure_cookies: bool,
    /// Where people reach the site, e.g. https://tadamun.example: the start of the links in
    /// mails and of each page's canonical, alternate-language and og:url addresses. Default:
    /// http:// and LEPTOS_SITE_ADDR, right only for development.
    #[arg(long, env = "TADAMUN_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// Complete sign-up forms accepted from one client address in five minutes. Behind a
    /// reverse proxy every client has the proxy's address: raise it there.
    #[arg(long, env = "TADAMUN_SIGN_UPS_PER_ADDRESS", default_value_t = 6, global = true)]
    pub sign_ups_per_address: i64,
    /// Mails the site sends on a stranger's request (a signature's confirmation) per client
    /// address in an hour. Behind a reverse proxy every client has the proxy's address.
    #[arg(long, env = "TADAMUN_MAILS_PER_ADDRESS", default_value_t = 20, global = true)]
    pub mails_per_address: i64,
    /// How long a page rendered for a reader without an account is served again to the next
    /// such reader of the same address (server/src/page_cache/). Changes to organisations and
    /// events show at once, and so does anything a write on this instance committed; 0 turns
    /// it off.
    #[arg(long, env = "TADAMUN_PAGE_CACHE_SECONDS", default_value_t = 2, global = true)]
    pub page_cache_seconds: u64,
    /// Seconds a client has to send a request's headers (at least 1); a half-sent request, or
    /// a kept-alive connection with nothing more to ask, is closed after it.
    #[arg(long, env = "TADAMUN_HEADER_TIMEOUT_SECONDS", default_value_t = 10, global = true)]
    pub header_timeout_seconds: u64,
    /// Seconds a client has to send a request's whole body (at least 1).
    #[arg(long, env = "TADAMUN_BODY_TIMEOUT_SECONDS", default_value_t = 30, global = true)]
    pub body_timeout_seconds: u64,
    /// Connections open at once; more wait to be accepted until one closes.
    #[arg(long, env = "TADAMUN_MAX_CONNECTIONS", default_value_t = 1024, global = true)]
    pub max_connections: usize,
    /// Connections open at once from one client address; more are closed at once. Behind a
    /// reverse proxy every connection comes from the proxy: raise it to the proxy's own bound.
    #[arg(long, env = "TADAMUN_CONNECTIONS_PER_ADDRESS", default_value_t = 64, global = true)]
    pub connections_per_address: usize,
    #[command(flatten)]
    pub mail: MailArgs,
}

#[derive(Debug, Clone, Args)]
pub struct MailArgs {
    /// Send mail through this SMTP server, e.g. smtps://user:password@mail.example.org
    /// (smtp:// for plain or STARTTLS with ?tls=required). Without it, mail is written to the outbox.
    #[arg(long, env = "SMTP_URL", global = true)]
    pub smtp_url: Option<String>,
    /// The sender of every mail.
    #[arg(long, env = "MAIL_FROM", default_value = "Tadamun <no-reply@localhost>", global = true)]
    pub mail_from: String,
    /// Where mail goes as .eml files when no SMTP server is set.
    #[arg(long, env = "TADAMUN_OUTBOX", default_value = "data/outbox", global = true)]
    pub outbox: std::path::PathBuf,
}
