//! The console twin of the app, shipped on Windows as `reifegrad.com` beside the windowed
//! `reifegrad.exe`. Windows starts a windowed exe without a console (so a double-click
//! opens no black window) and its output goes nowhere; typed in PowerShell or cmd,
//! `reifegrad score …` finds `reifegrad.com` first (PATHEXT lists .COM before .EXE), which
//! runs `reifegrad.exe` beside it with the same arguments, passes its output through to
//! the console, and returns its exit code. Elsewhere it does the same with `reifegrad`.

use std::io::{Read, Write};
use std::process::{Command, ExitCode, Stdio};

fn main() -> ExitCode {
    let app = match std::env::current_exe() {
        Ok(me) => me.with_file_name(format!("reifegrad{}", std::env::consts::EXE_SUFFIX)),
        Err(error) => {
            eprintln!("reifegrad: Programmpfad unbekannt: {error}");
            return ExitCode::from(1);
        }
    };
    // Pipes, not the console's own handles: a windowed process cannot write to a console
    // it is not attached to.
    let mut child = match Command::new(&app)
        .args(std::env::args_os().skip(1))
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(error) => {
            eprintln!(
                "reifegrad: {} lässt sich nicht starten: {error}",
                app.display()
            );
            return ExitCode::from(1);
        }
    };
    let out = child
        .stdout
        .take()
        .map(|from| pass_through(from, std::io::stdout()));
    let err = child
        .stderr
        .take()
        .map(|from| pass_through(from, std::io::stderr()));
    let status = child.wait();
    for copier in [out, err].into_iter().flatten() {
        // A copier ends when the app closes its end; a panic in it lost only output.
        if copier.join().is_err() {
            eprintln!("reifegrad: Ausgabe unvollständig");
        }
    }
    match status {
        Ok(status) => ExitCode::from(status.code().map_or(1, |c| c.clamp(0, 255) as u8)),
        Err(error) => {
            eprintln!("reifegrad: {error}");
            ExitCode::from(1)
        }
    }
}

/// Copies everything from the app's pipe to our stream, as it comes.
fn pass_through(
    mut from: impl Read + Send + 'static,
    mut to: impl Write + Send + 'static,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(n) = from.read(&mut buffer) {
            if n == 0
                || to
                    .write_all(&buffer[..n])
                    .and_then(|()| to.flush())
                    .is_err()
            {
                break;
            }
        }
    })
}
