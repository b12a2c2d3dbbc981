//! The command line in the user's language: clap's definition (`args.rs`) with every
//! command's and argument's help, the headings and the help and version flags taken from
//! the catalogue (`assets/i18n/*/args.ftl`), and clap's errors worded there too. The
//! language is settled before parsing: `--lang` among the arguments, else the locale.

use super::args::{Cli, language_of};
use crate::text::Lang;
use crate::text::catalogue::{Arg as TextArg, tr_built};
use crate::tr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// The program's name, as the help's last line names it.
const PROGRAM: &str = "reifegrad";

/// The catalogue key of the program's own help text; a subcommand's is `args-NAME`,
/// one below it `args-NAME-SUB`, an argument's `KEY--ARG`.
const ROOT_KEY: &str = "args-reifegrad";

/// Parses the program's arguments. Help and version are printed and the program ends
/// (exit code 0); a mistake is worded in the user's language with the usage line and
/// ends it with exit code 2, as clap does.
pub fn parse_command_line() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = language_of(&args);
    match parse_from(&args, lang) {
        Ok(cli) => cli,
        Err(error)
            if matches!(
                error.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) =>
        {
            error.exit()
        }
        Err(error) => {
            eprintln!("{}", describe_error(&error, &command_named(&args), lang));
            std::process::exit(2)
        }
    }
}

/// The (sub)command `args` name, e.g. „reifegrad survey“: the program and the
/// subcommands among the arguments, in order.
pub fn command_named(args: &[OsString]) -> String {
    let mut current = Cli::command();
    let mut words = vec![PROGRAM.to_string()];
    for arg in args.iter().skip(1).filter_map(|arg| arg.to_str()) {
        let Some(sub) = current.find_subcommand(arg).cloned() else {
            continue;
        };
        words.push(arg.to_string());
        current = sub;
    }
    words.join(" ")
}

/// Parses `args` (the program's name first) with the help in `lang`.
pub fn parse_from(args: &[OsString], lang: Lang) -> Result<Cli, clap::Error> {
    let matches = command(lang).try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// The whole command line's definition with its texts in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    localized(Cli::command(), ROOT_KEY, lang)
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr!(lang, "args-version-flag"))
                .help_heading(tr!(lang, "args-heading-options")),
        )
}

/// `command` (whose help text has the catalogue key `key`) and its subcommands with
/// their texts from the catalogue, under German or English headings.
fn localized(command: clap::Command, key: &str, lang: Lang) -> clap::Command {
    command
        .about(built(lang, key, &[]))
        .long_about(None)
        // The headings in `lang`; clap's own "Usage:" is English.
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            tr!(lang, "args-heading-usage")
        ))
        .subcommand_help_heading(tr!(lang, "args-heading-commands"))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!(lang, "args-help-flag")),
        )
        .mut_args(|arg| localized_arg(arg, key, lang))
        .mut_subcommands(|sub| {
            let sub_key = sub_key(key, sub.get_name());
            localized(sub, &sub_key, lang)
        })
}

/// The catalogue key of subcommand `name` of the command whose key is `key`.
fn sub_key(key: &str, name: &str) -> String {
    if key == ROOT_KEY {
        format!("args-{name}")
    } else {
        format!("{key}-{name}")
    }
}

/// `arg` of the command whose key is `command_key`, with its help from the catalogue
/// (its default value, if any, as `$default`) under the heading „Argumente“ or
/// „Optionen“; clap's English "[default: …]" and "[possible values: …]" are left out
/// (the texts name them).
fn localized_arg(arg: clap::Arg, command_key: &str, lang: Lang) -> clap::Arg {
    let heading = if arg.is_positional() {
        tr!(lang, "args-heading-arguments")
    } else {
        tr!(lang, "args-heading-options")
    };
    if arg.is_hide_set() || arg.get_id() == "help" {
        return arg.help_heading(heading);
    }
    let default: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    let key = arg_key(command_key, arg.get_id().as_str());
    let takes_values = arg.get_action().takes_values();
    arg.help(built(
        lang,
        &key,
        &[("default", TextArg::from(default.join(", ")))],
    ))
    .help_heading(heading)
    .hide_default_value(takes_values)
    .hide_possible_values(takes_values)
}

/// The catalogue key of argument `id` of the command whose key is `command_key`.
fn arg_key(command_key: &str, id: &str) -> String {
    format!("{command_key}--{}", id.replace('_', "-"))
}

/// The message `key` built at run time, or the key itself where it is missing (a test
/// keeps every key present).
fn built(lang: Lang, key: &str, args: &[(&str, TextArg<'_>)]) -> String {
    tr_built(lang, key, args).unwrap_or_else(|| key.to_string())
}

/// A mistake on the command line of `command` (e.g. „reifegrad score“) in `lang`: what
/// is wrong, the usage line, and where to read more.
pub fn describe_error(error: &clap::Error, command: &str, lang: Lang) -> String {
    let context = |kind| error.get(kind).map(context_text).unwrap_or_default();
    let argument = context(ContextKind::InvalidArg);
    let mut lines = vec![match error.kind() {
        ErrorKind::UnknownArgument => tr!(lang, "args-error-unknown-argument", argument = argument),
        ErrorKind::InvalidSubcommand => tr!(
            lang,
            "args-error-unknown-command",
            argument = context(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => tr!(
            lang,
            "args-error-invalid-value",
            value = context(ContextKind::InvalidValue),
            argument = argument
        ),
        ErrorKind::MissingRequiredArgument => tr!(lang, "args-error-missing", arguments = argument),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            tr!(lang, "args-error-missing-command").to_string()
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues => {
            tr!(lang, "args-error-missing-value", argument = argument)
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => tr!(
            lang,
            "args-error-too-many",
            value = context(ContextKind::InvalidValue)
        ),
        ErrorKind::ArgumentConflict => {
            if context(ContextKind::PriorArg) == argument {
                tr!(lang, "args-error-used-twice", argument = argument)
            } else {
                tr!(lang, "args-error-conflict", argument = argument)
            }
        }
        _ => tr!(lang, "args-error-other", detail = error.kind().to_string()),
    }];
    lines[0] = format!("{} {}", tr!(lang, "args-error"), lines[0]);
    // Our own value parsers word their reason in the user's language already.
    if error.kind() == ErrorKind::ValueValidation
        && let Some(reason) = std::error::Error::source(error)
    {
        lines.push(reason.to_string());
    }
    let valid = context(ContextKind::ValidValue);
    if !valid.is_empty() {
        lines.push(tr!(lang, "args-error-possible-values", values = valid));
    }
    for suggestion in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .map(context)
        .into_iter()
        .filter(|s| !s.is_empty())
    {
        lines.push(tr!(lang, "args-error-suggestion", suggestion = suggestion));
    }
    if let Some(usage) = error.get(ContextKind::Usage) {
        // clap's line starts with its English heading; ours replaces it.
        let usage = context_text(usage);
        let line = usage
            .split_once(':')
            .map_or(usage.as_str(), |(_, line)| line)
            .trim();
        lines.push(String::new());
        lines.push(format!("{} {line}", tr!(lang, "args-heading-usage")));
    }
    lines.push(String::new());
    lines.push(tr!(lang, "args-error-more", command = command));
    lines.join("\n")
}

/// A value of an error's context as plain text; several joined by „, “.
fn context_text(value: &ContextValue) -> String {
    match value {
        ContextValue::String(text) => text.clone(),
        ContextValue::Strings(texts) => texts.join(", "),
        ContextValue::StyledStr(text) => text.to_string(),
        ContextValue::StyledStrs(texts) => texts
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(number) => number.to_string(),
        ContextValue::Bool(_) | ContextValue::None => String::new(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests;
