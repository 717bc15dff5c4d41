use clap::Parser;
use std::path::PathBuf;

/// Resize every image in a directory.
#[derive(Parser, Debug)]
#[command(author, version, about)]
struct Args {
    /// Input directory
    #[arg(short, long)]
    input: PathBuf,

    /// Output directory (created if missing)
    #[arg(short, long, default_value = "out")]
    output: PathBuf,

    /// Target width in pixels
    #[arg(short, long, default_value_t = 800)]
    width: u32,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    std::fs::create_dir_all(&args.output)?;
    for entry in std::fs::read_dir(&args.input)? {
        let path = entry?.path();
        if path.extension().map_or(false, |e| e == "png" || e == "jpg") {
            let img = image::open(&path)?;
            let resized = img.resize(args.width, u32::MAX, image::imageops::FilterType::Lanczos3);
            let dest = args.output.join(path.file_name().unwrap());
            resized.save(&dest)?;
            println!("resized {}", dest.disp9, 2231784) -> None:
        }
    }
    Ok(())
}
