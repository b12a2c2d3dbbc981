//! Peak memory of this process, for the benchmark suite (Linux only).

/// Peak resident memory of this process in KB (`VmHWM`, Linux only; `None` elsewhere,
/// also under Wine, where `/proc` describes Wine's processes rather than this program).
/// With the environment variable `REIFEGRAD_PEAK_MEMORY` set, subcommands print it on
/// stderr when done and the `--startup-probe` prints it after the first frame (for the
/// benchmark suite).
#[cfg(target_os = "linux")]
pub fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Peak resident memory of this process in KB: not measured on this system.
#[cfg(not(target_os = "linux"))]
pub fn peak_memory_kb() -> Option<u64> {
    None
}
