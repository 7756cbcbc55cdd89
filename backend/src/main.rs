//! `kinbridge`: the server and its host commands.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use kinbridge_protocol::StaffRole;
use kinbridge_server::platform::clock::Clock;
use kinbridge_server::platform::config::Settings;
use kinbridge_server::platform::telemetry;
use kinbridge_server::{Application, cli};

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
    /// The certificate chain of sealed sender.
    Certificate {
        #[command(subcommand)]
        command: CertificateCommand,
    },
}

#[derive(Debug, Subcommand)]
enum CertificateCommand {
    /// Make a trust root (on an offline machine). Prints the public key to build into the
    /// apps; the file holds the private key: keep it offline.
    Root {
        /// Where to write the trust root (must not exist).
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign a new server certificate with the trust root, for the server's
    /// `sealed_sender_file`.
    Server {
        /// The trust root file from `kinbridge admin certificate root`.
        #[arg(long)]
        root: PathBuf,
        /// The certificate's key id (not 2, 3, 0x7357C357 or 0xDEADC357, which libsignal
        /// reserves); a new id for each rotation.
        #[arg(long)]
        key_id: u32,
        /// Where to write it (default: the configured `sealed_sender_file`; must not exist).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print the trust root public key of the server's certificate (what apps must hold).
    Show,
}

fn certificate(settings: &Settings, command: CertificateCommand) -> ExitCode {
    use base64::Engine;
    use kinbridge_server::sealed::certificates::{self, Certificates};
    let b64 = |key: libsignal_protocol::PublicKey| {
        base64::engine::general_purpose::STANDARD.encode(key.serialize())
    };
    match command {
        CertificateCommand::Root { out } => match certificates::create_trust_root(&out) {
            Ok(public) => {
                println!("Wrote the trust root to {}.", out.display());
                println!(
                    "Trust root public key (build it into the apps): {}",
                    b64(public)
                );
                println!("The file holds the private key: keep it offline, never on a server.");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        CertificateCommand::Server { root, key_id, out } => {
            let out = out.unwrap_or_else(|| settings.sealed_sender_path());
            match certificates::issue_server_certificate(&root, key_id, &out) {
                Ok(()) => {
                    println!(
                        "Wrote server certificate {key_id} to {}; the server uses it at its next start.",
                        out.display()
                    );
                    println!("Put the trust root file back offline.");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        CertificateCommand::Show => {
            let path = settings.sealed_sender_path();
            if !path.exists() {
                eprintln!(
                    "kinbridge: {} does not exist yet; the server makes a development one at its first start",
                    path.display()
                );
                return ExitCode::FAILURE;
            }
            match Certificates::load_or_create_development(&path) {
                Ok((c, _)) => {
                    println!("Trust root public key: {}", b64(c.trust_root()));
                    if c.is_development() {
                        println!("This is a development trust root the server made for itself.");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
    }
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
        Command::Admin {
            command: AdminCommand::Certificate { command },
        } => certificate(&settings, command),
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
