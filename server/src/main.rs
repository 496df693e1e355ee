#![recursion_limit = "512"]
use app::db::Db;
use clap::Parser;
use std::process::ExitCode;
use tadamun::config::{Cli, Command};
use tadamun::{admin, router, seed};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("tadamun: {message}");
            ExitCode::FAILURE
        }
    }
}

// The commands that prepare a database say what they did on stdout, for the operator.
#[allow(clippy::print_stdout)]
async fn run(cli: Cli) -> Result<(), String> {
    let db = Db::connect(&cli.database.database_url, cli.database.db_connections)
        .await
        .map_err(|e| e.to_string())?;
    db.migrate().await.map_err(|e| e.to_string())?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Migrate => {
            tracing::info!("database is up to date");
            Ok(())
        }
        Command::SeedDemo => seed::demo::load(&db).await.map_err(|e| e.to_string()),
        Command::CreateAdmin { email, name } => {
            let done = admin::create_admin(&db, &email, &name, admin::read_password).await?;
            println!("{done}");
            Ok(())
        }
        Command::CreateEditor { email, name, organisation } => {
            let done = admin::create_editor(&db, &email, &name, &organisation, admin::read_password).await?;
            println!("{done}");
            Ok(())
        }
        Command::SeedSynthetic { organisations, seed: s } => {
            seed::synthetic::load(&db, organisations, s).await.map_err(|e| e.to_string())
        }
        Command::Serve => {
            if cli.serve.demo {
                seed::demo::load(&db).await.map_err(|e| e.to_string())?;
            }
            router::serve(db, cli.serve).await
        }
    }
}
