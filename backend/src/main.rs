//! `kinbridge`: the server and its host commands.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use kinbridge_protocol::StaffRole;
use kinbridge_server::clock::Clock;
use kinbridge_server::config::Settings;
use kinbridge_server::{Application, cli, telemetry};

#[derive(Debug, Parser)]
#[command(
    name = "kinbridge",
    version,
    about = "Kinbridge: safe messaging, consent and complaints for family tracing and reunification"
)]
struct Args {
    /// A TOML configuration file (default: ./kinbridge.toml if present).
    #[arg(long, global = true, env = "KINBRIDGE_CONFIG")]
    config: Option<PathBuf>,
    /// Where the SQLite database and the server keys live (default ./kinbridge-data).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the server (SQLite in the data folder unless a database_url is configured).
    Serve {
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long)]
        bind: Option<SocketAddr>,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Administration from the host.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// The tamper-evident audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Delete what the retention policy says must go.
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Re-walk the chain and report the first broken link (exit 1 if broken).
    Verify,
}

#[derive(Debug, Subcommand)]
enum RetentionCommand {
    /// Run the policy once now.
    Run {
        /// Print what would be deleted, and delete nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Create a staff account and print its one-time enrolment code.
    CreateStaff {
        /// caseworker, guardian, legal_representative, complaint_handler, supervisor or admin.
        #[arg(long, value_parser = parse_role)]
        role: StaffRole,
        /// The staff member's working name, shown to the people whose case they open.
        #[arg(long)]
        name: String,
    },
}

fn parse_role(raw: &str) -> Result<StaffRole, String> {
    StaffRole::parse(raw).ok_or_else(|| {
        let all: Vec<&str> = StaffRole::ALL.iter().map(|r| r.as_str()).collect();
        format!("unknown role `{raw}`; one of: {}", all.join(", "))
    })
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut settings = match Settings::load(args.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("kinbridge: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(dir) = args.data_dir {
        settings.data_dir = dir;
    }
    telemetry::init(&settings.log);
    match args.command {
        Command::Serve { bind } => {
            if let Some(bind) = bind {
                settings.bind = bind;
            }
            serve(settings)
        }
        Command::Migrate => match cli::migrate(&settings) {
            Ok(()) => {
                println!("The database is up to date.");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        Command::Admin {
            command: AdminCommand::CreateStaff { role, name },
        } => match cli::create_staff(&settings, &Clock::system(), role, &name) {
            Ok(code) => {
                println!("Created a {role} account {}.", code.account_id);
                println!("One-time enrolment code: {}", code.code);
                println!(
                    "It expires at {} and works once.",
                    code.expires_at.to_rfc3339()
                );
                println!("Give it to the person in private; it is not shown again.");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        Command::Audit {
            command: AuditCommand::Verify,
        } => match cli::audit_verify(&settings) {
            Ok(r) if r.ok => {
                println!(
                    "The audit chain verifies: {} events, head at {}, {} signed checkpoints.",
                    r.events, r.head_seq, r.checkpoints
                );
                ExitCode::SUCCESS
            }
            Ok(r) => {
                let reason = r.reason.map_or("unknown", |b| b.as_str());
                println!(
                    "The audit chain is BROKEN at event {}: {reason} ({} events walked, head at {}).",
                    r.broken_at.unwrap_or_default(),
                    r.events,
                    r.head_seq
                );
                ExitCode::FAILURE
            }
            Err(e) => fail(&e),
        },
        Command::Retention {
            command: RetentionCommand::Run { dry_run },
        } => match cli::retention_run(&settings, &Clock::system(), dry_run) {
            Ok(report) => {
                println!("{}", report.describe());
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
    }
}

fn serve(settings: Settings) -> ExitCode {
    let run = async move {
        let app = Application::build(settings, Clock::system())?;
        println!("{}", app.describe());
        app.run_until_stopped().await?;
        Ok::<(), Box<dyn std::error::Error>>(())
    };
    match actix_web::rt::System::new().block_on(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kinbridge: {e}");
            ExitCode::FAILURE
        }
    }
}

fn fail(e: &dyn std::error::Error) -> ExitCode {
    eprintln!("kinbridge: {e}");
    ExitCode::FAILURE
}
