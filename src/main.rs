//! Start-up: parse the command line, run a subcommand or open the app.

use clap::{CommandFactory, Parser};
use reifegrad::cli::{Cli, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command),
        None => {
            let _ = Cli::command().print_help();
            ExitCode::SUCCESS
        }
    }
}
