//! The `leesbril` binary: parse the command line, run the subcommand or open the window.

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = leesbril::cli::Cli::parse();
    match leesbril::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("leesbril: {err:#}");
            ExitCode::FAILURE
        }
    }
}
