//! Start-up: parse the command line, run a subcommand or open the app.
//!
//! On Windows this exe is a windowed program, so a double-click opens no console window;
//! its console twin `reifegrad.com` (src/bin/reifegrad-console.rs) gives commands typed
//! in PowerShell or cmd their output and exit code.
#![cfg_attr(windows, windows_subsystem = "windows")]

use reifegrad::cli::{output_language, parse_command_line, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = parse_command_line();
    let lang = output_language(cli.lang);
    match cli.command {
        Some(command) => {
            let code = run(command, lang);
            if std::env::var_os("REIFEGRAD_PEAK_MEMORY").is_some()
                && let Some(kb) = reifegrad::memory::peak_memory_kb()
            {
                eprintln!("peak memory: {kb} KB");
            }
            code
        }
        None => match reifegrad::ui::run_native(cli.file, cli.startup_probe.then_some(started)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!(
                    "{}",
                    reifegrad::tr!(lang, "cli-window-failed", error = error.to_string())
                );
                ExitCode::from(1)
            }
        },
    }
}
