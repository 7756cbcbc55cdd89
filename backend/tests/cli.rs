//! The `kinbridge` binary as a person on the host uses it: zero-configuration serve with
//! graceful shutdown, migrate, admin create-staff, and clear configuration errors.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail by panicking"
)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

fn kinbridge(dir: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kinbridge"));
    c.current_dir(dir)
        .env_remove("KINBRIDGE_DATABASE_URL")
        .env_remove("KINBRIDGE_CONFIG")
        .env_remove("KINBRIDGE_DATA_DIR")
        .env_remove("KINBRIDGE_BIND");
    c
}

fn get(addr: &str, path: &str) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn serve_with_no_configuration_then_stop_gracefully_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = kinbridge(dir.path())
        .args(["serve", "--bind", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut banner = Vec::new();
    let addr = loop {
        let line = lines
            .next()
            .expect("the server prints where it listens")
            .unwrap();
        banner.push(line.clone());
        if let Some(rest) = line.trim().strip_prefix("listening on http://") {
            break rest.to_owned();
        }
    };
    banner.extend(lines.by_ref().take(3).map(Result::unwrap));
    let banner = banner.join("\n");
    assert!(banner.contains("SQLite at"), "{banner}");
    assert!(banner.contains("kinbridge-data"), "{banner}");
    assert!(banner.contains("server-keys.json (created now"), "{banner}");

    let health = get(&addr, "/v1/health");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(health.contains("{\"status\":\"ok\"}"), "{health}");
    let ready = get(&addr, "/v1/ready");
    assert!(ready.contains("{\"status\":\"ready\"}"), "{ready}");

    let data = dir.path().join("kinbridge-data");
    assert!(data.join("kinbridge.db").is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(data.join("server-keys.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let mode = std::fs::metadata(&data).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
    }

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "graceful stop exits 0, got {exit:?}");
    // The write-ahead log was folded back into the database at shutdown.
    let wal = data.join("kinbridge.db-wal");
    assert!(!wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0);
}

#[test]
fn create_staff_prints_a_one_time_code_and_migrate_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let out = kinbridge(dir.path()).arg("migrate").output().unwrap();
        assert!(out.status.success());
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "The database is up to date."
        );
    }
    let out = kinbridge(dir.path())
        .args([
            "admin",
            "create-staff",
            "--role",
            "admin",
            "--name",
            "First Admin",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let code = stdout
        .lines()
        .find_map(|l| l.strip_prefix("One-time enrolment code: "))
        .expect("the code is printed");
    assert_eq!(code.len(), 19);
    assert!(code.chars().all(|c| c == '-' || c.is_ascii_alphanumeric()));
    // The code is shown to the person at the terminal, and never logged.
    assert!(!String::from_utf8_lossy(&out.stderr).contains(code));

    let out = kinbridge(dir.path())
        .args(["admin", "create-staff", "--role", "pilot", "--name", "X"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown role `pilot`"));
    let out = kinbridge(dir.path())
        .args([
            "admin",
            "create-staff",
            "--role",
            "caseworker",
            "--name",
            "",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("display name"));
}

#[test]
fn configuration_mistakes_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = kinbridge(dir.path())
        .env("KINBRIDGE_DATABASE_URL", "mysql://root@localhost/kinbridge")
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unsupported database URL scheme `mysql`"),
        "{err}"
    );
    // Nothing was created for a URL that was refused.
    assert!(!dir.path().join("kinbridge-data").exists());

    let out = kinbridge(dir.path())
        .env("KINBRIDGE_BIND_ADDRESS", "0.0.0.0:80")
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bind_address"));

    std::fs::write(
        dir.path().join("kinbridge.toml"),
        "bind = \"127.0.0.1:0\"\nlgo = \"debug\"\n",
    )
    .unwrap();
    let out = kinbridge(dir.path()).arg("migrate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("lgo"));
}

#[test]
fn audit_verify_and_retention_from_the_host() {
    use diesel::connection::SimpleConnection;
    use diesel::{Connection, SqliteConnection};

    let dir = tempfile::tempdir().unwrap();
    let out = kinbridge(dir.path())
        .args([
            "admin",
            "create-staff",
            "--role",
            "supervisor",
            "--name",
            "Sup",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());

    let out = kinbridge(dir.path())
        .args(["retention", "run", "--dry-run"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Would delete: 0 enrolment codes; 0 expired envelopes; 0 closed cases"),
        "{text}"
    );

    let out = kinbridge(dir.path())
        .args(["retention", "run"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Deleted: 0 enrolment codes"));

    let out = kinbridge(dir.path())
        .args(["audit", "verify"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    // staff.create, retention.dry_run, retention.run; one checkpoint after the real run.
    assert!(
        text.contains("verifies: 3 events, head at 3, 1 signed checkpoints"),
        "{text}"
    );

    let db = dir.path().join("kinbridge-data").join("kinbridge.db");
    let mut conn = SqliteConnection::establish(&db.to_string_lossy()).unwrap();
    conn.batch_execute("UPDATE audit_events SET detail = 'admin' WHERE seq = 1")
        .unwrap();
    drop(conn);
    let out = kinbridge(dir.path())
        .args(["audit", "verify"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("BROKEN at event 1: edited_event"), "{text}");
}

#[test]
fn certificate_commands_make_an_offline_root_and_install_a_server_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = kinbridge(dir.path()).args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // Nothing installed yet.
    let (code, _, err) = run(&["admin", "certificate", "show"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("does not exist yet"), "{err}");
    let (code, out, _) = run(&["admin", "certificate", "root", "--out", "offline/root.json"]);
    assert_eq!(code, Some(0));
    let public = out
        .lines()
        .find_map(|l| l.strip_prefix("Trust root public key (build it into the apps): "))
        .expect("the public key is printed")
        .to_owned();
    // A reserved key id is refused, and nothing is written.
    let (code, _, err) = run(&[
        "admin",
        "certificate",
        "server",
        "--root",
        "offline/root.json",
        "--key-id",
        "3",
    ]);
    assert_eq!(code, Some(1));
    assert!(err.contains("reserved"), "{err}");
    assert!(
        !dir.path()
            .join("kinbridge-data/sealed-sender.json")
            .exists()
    );
    let (code, _, _) = run(&[
        "admin",
        "certificate",
        "server",
        "--root",
        "offline/root.json",
        "--key-id",
        "10",
    ]);
    assert_eq!(code, Some(0));
    let installed =
        std::fs::read_to_string(dir.path().join("kinbridge-data/sealed-sender.json")).unwrap();
    assert!(!installed.contains("trust_root_private_key"));
    let (code, out, _) = run(&["admin", "certificate", "show"]);
    assert_eq!(code, Some(0));
    assert!(out.contains(&public), "{out}");
    assert!(!out.contains("development"), "{out}");
    // Installing over it is refused.
    let (code, _, err) = run(&[
        "admin",
        "certificate",
        "server",
        "--root",
        "offline/root.json",
        "--key-id",
        "11",
    ]);
    assert_eq!(code, Some(1));
    assert!(err.contains("already exists"), "{err}");
}
