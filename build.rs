//! Build script: on a Windows target, embeds the app icon, the version information
//! (product name, version, description) and the application manifest (per-monitor DPI
//! awareness, UTF-8 as the process code page, Windows 10/11 compatibility) into the exe.
//! Other targets need nothing from it. Cross-building needs MinGW-w64's windres (see
//! scripts/build-windows).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=assets/icons/reifegrad.ico");
    println!("cargo::rerun-if-changed=packaging/windows/reifegrad.exe.manifest");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/reifegrad.ico")
        .set_manifest_file("packaging/windows/reifegrad.exe.manifest")
        .set("ProductName", "Reifegrad")
        .set(
            "FileDescription",
            "Reifegrad – Digitaler Reifegrad für Kommunen",
        )
        .set("CompanyName", "The Reifegrad authors")
        .set(
            "LegalCopyright",
            "© 2026 The Reifegrad authors (MIT OR Apache-2.0)",
        )
        .set("OriginalFilename", "reifegrad.exe")
        .set_language(0x0407); // German (Germany)
    if let Err(error) = resource.compile() {
        panic!(
            "could not embed the Windows resources (is MinGW-w64's windres installed?): {error}"
        );
    }
}
