//! The `gencheck` binary: parse arguments, call the library, map the outcome
//! to the exit status (0 accepted, 1 rejected, 2 the run failed).

use std::io::{IsTerminal, Write};

use clap::Parser;

use gencheck::check::FileReport;
use gencheck::check::{CheckOptions, Limits};
use gencheck::cli::{
    CheckArgs, CiArgs, Cli, ColorChoice, Command, CommonArgs, Format, ReplyArgs, StagedArgs,
};
use gencheck::error::RunError;
use gencheck::lang::sql::Dialect;
use gencheck::language::Language;
use gencheck::render;

/// mimalloc: parsing allocates and frees many small nodes, and glibc's
/// malloc took a fifth of a run over the standard library (mimalloc: 15%
/// less time on one thread). Built without transparent huge pages
/// (`no_thp`): its arena asks for them, and zeroing the huge pages a short
/// run touches cost a hook's single file a millisecond.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let code = run();
    // Standard output and error are written; the process ends here, without
    // the exit handlers: a checker thread past its time limit may still be
    // running, and one that ends while the allocator shuts down (mimalloc's
    // handler at exit) can find libpg_query's thread memory already gone
    // (an assertion in its thread-exit destructor, about 1 run in 100 of
    // tests/it/hostile.rs's 1 ms time limit). Nothing is left to clean up: a
    // `git cat-file` child sees its input close and ends.
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    exit_now(code);
}

/// Ends the process with `code` at once (`_exit`).
fn exit_now(code: u8) -> ! {
    #[cfg(unix)]
    {
        // SAFETY: `_exit` only ends the process; it touches no memory.
        unsafe { libc::_exit(i32::from(code)) }
    }
    #[cfg(not(unix))]
    std::process::exit(i32::from(code))
}

/// The command's exit status: 0 accepted, 1 rejected, 2 the run failed.
fn run() -> u8 {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => run_check(args),
        Command::Staged(args) => run_staged(args),
        Command::Ci(args) => run_ci(args),
        Command::Reply(args) => run_reply(args),
        Command::Rule(args) => match gencheck::rules::Rule::from_id(&args.id) {
            Some(rule) => {
                write_stdout(&rule.documentation());
                Ok(0)
            }
            None => Err(RunError::Usage(format!(
                "unknown rule `{}` (`gencheck rules` lists them)",
                args.id
            ))),
        },
        Command::Rules => {
            let mut out = String::new();
            for r in gencheck::rules::Rule::ALL {
                out.push_str(&format!(
                    "{:<22} {:<8} {}\n",
                    r.id(),
                    r.default_severity(),
                    r.summary()
                ));
            }
            write_stdout(&out);
            Ok(0)
        }
        Command::InstallHook(args) => gencheck::workflow::install_hook(args.force).map(|hook| {
            println!(
                "installed {}: `git commit` now runs `gencheck staged`",
                hook.display()
            );
            0
        }),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gencheck: error: {e}");
            2
        }
    }
}

fn options(common: &CommonArgs) -> Result<CheckOptions, RunError> {
    let language = match &common.lang {
        None => None,
        Some(name) => Some(Language::from_name(name).ok_or_else(|| {
            RunError::Usage(format!(
                "--lang: unknown language `{name}` (known: {})",
                Language::ALL
                    .iter()
                    .map(|l| l.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?),
    };
    let dialect = match &common.dialect {
        None => None,
        Some(name) => Some(Dialect::from_name(name).ok_or_else(|| {
            RunError::Usage(format!(
                "--dialect: unknown SQL dialect `{name}` (known: {})",
                Dialect::names()
            ))
        })?),
    };
    let cwd = std::env::current_dir().unwrap_or_else(|_| std::path::PathBuf::from("."));
    let config = gencheck::config::Config::discover(common.config.as_deref(), &cwd)
        .map_err(|e| RunError::Usage(format!("configuration: {e}")))?;
    let defaults = Limits::default();
    Ok(CheckOptions {
        language,
        dialect,
        strict: common.strict,
        limits: Limits {
            max_file_bytes: common
                .max_file_bytes
                .or(config.max_file_bytes)
                .unwrap_or(defaults.max_file_bytes),
            max_findings: common
                .max_findings
                .or(config.max_findings)
                .unwrap_or(defaults.max_findings)
                .max(1),
            max_check_ms: common
                .max_check_ms
                .or(config.max_check_ms)
                .unwrap_or(defaults.max_check_ms),
        },
        diff: !common.no_diff,
        threads: common.threads.map(usize::from),
        shard: common.shard,
        progress: common.format == Format::Human
            && std::io::stderr().is_terminal()
            && std::env::var_os("GENCHECK_NO_PROGRESS").is_none(),
        config: std::sync::Arc::new(config),
    })
}

fn run_check(args: CheckArgs) -> Result<u8, RunError> {
    let opts = options(&args.common)?;
    let stdin_count = args.paths.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin_count > 1 {
        return Err(RunError::Usage(
            "`-` (standard input) may be given only once".into(),
        ));
    }
    if args.stdin_filename.is_some() && stdin_count == 0 {
        return Err(RunError::Usage(
            "--stdin-filename needs `-` among the paths".into(),
        ));
    }
    if args.previous.is_some() && args.paths.len() != 1 {
        return Err(RunError::Usage("--previous needs exactly one PATH".into()));
    }
    let file_paths: Vec<_> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    if let (Some(shard), 1) = (opts.shard, stdin_count) {
        return Err(RunError::Usage(format!(
            "--shard {shard}: standard input (`-`) is one file, not a set to share out"
        )));
    }
    let mut targets = gencheck::source::collect_targets(&file_paths, &opts.config)?;
    if let Some(shard) = opts.shard {
        targets.retain(|t| shard.contains(&t.display));
    }
    let previous = std::sync::Arc::new(gencheck::source::PreviousSource::detect(
        args.previous.clone(),
        targets.len() + stdin_count,
    )?);
    let mut reports = gencheck::check_targets(&targets, &previous, &opts)?;
    if stdin_count == 1 {
        let name = args.stdin_filename.as_deref().unwrap_or("-");
        let mut input = gencheck::source::read_stdin(name, opts.limits.max_file_bytes)?;
        if input.oversized.is_none() {
            input.previous = previous.get(
                std::path::Path::new(name),
                &input.bytes,
                opts.limits.max_file_bytes,
            );
        }
        reports.extend(gencheck::check_inputs(&[input], &opts)?);
        reports.sort_by(|a, b| a.path.cmp(&b.path));
    }
    Ok(finish(&reports, &args.common))
}

fn run_staged(args: StagedArgs) -> Result<u8, RunError> {
    let opts = options(&args.common)?;
    let reports = gencheck::workflow::staged(&opts)?;
    Ok(finish(&reports, &args.common))
}

fn run_ci(args: CiArgs) -> Result<u8, RunError> {
    let opts = options(&args.common)?;
    let reports = gencheck::workflow::ci(&args.base, &args.head, &opts)?;
    Ok(finish(&reports, &args.common))
}

fn run_reply(args: ReplyArgs) -> Result<u8, RunError> {
    let opts = options(&args.common)?;
    if let Some(shard) = opts.shard {
        return Err(RunError::Usage(format!(
            "--shard {shard}: `reply` checks one reply, not a set of files to share out"
        )));
    }
    let (name, bytes) = if args.reply.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
            .map_err(RunError::Stdin)?;
        ("<stdin>".to_string(), bytes)
    } else {
        let bytes = std::fs::read(&args.reply).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                RunError::NotFound {
                    path: args.reply.clone(),
                }
            } else {
                RunError::Read {
                    path: args.reply.clone(),
                    source: e,
                }
            }
        })?;
        let cwd = std::env::current_dir().ok();
        (
            gencheck::source::display_path(&args.reply, cwd.as_deref()),
            bytes,
        )
    };
    let root = match args.root {
        Some(r) => r,
        None => gencheck::git::top_level()
            .or_else(|_| {
                std::env::current_dir()
                    .map_err(|e| RunError::Usage(format!("the current directory: {e}")))
            })
            .map_err(|e| RunError::Usage(e.to_string()))?,
    };
    let ropts = gencheck::reply::ReplyOptions {
        name,
        root,
        path: args.path,
        format: args.reply_format,
        apply: args.apply,
    };
    let reports = gencheck::reply::check(&bytes, &ropts, &opts)?;
    Ok(finish(&reports, &args.common))
}

/// Render, write, and turn the verdict into the exit status.
fn finish(reports: &[FileReport], common: &CommonArgs) -> u8 {
    let output = match common.format {
        Format::Json => render::json::render(reports),
        Format::Sarif => render::sarif::render_shard(reports, common.shard),
        Format::Github => render::github::render(reports),
        Format::Concise => render::concise::render(reports),
        Format::Human => render::human::render(
            reports,
            &render::human::HumanOptions {
                color: use_color(common.color),
                full_diff: common.full_diff,
            },
        ),
    };
    write_stdout(&output);
    let rejected = reports.iter().any(|r| !r.accepted);
    u8::from(rejected)
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// Write to stdout; a closed pipe (`gencheck ... | head`) is not an error:
/// the exit status still carries the verdict.
fn write_stdout(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes()).and_then(|_| out.flush());
}
