//! The first step of „Tabelle exportieren…“: what the spreadsheet holds, the formats,
//! and — where the file names people — whether to leave their names out. The next
//! step is the file dialog.

use crate::sheets::ExportOptions;
use crate::text::Lang;
use crate::tr;

/// What the user chose in the options dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExportChoice {
    /// Go on to the file dialog with these options.
    ChooseFile(ExportOptions),
    /// Close without exporting.
    Cancel,
}

/// Shows the options dialog; `names` says whether the assessment names workshop
/// participants or those taking part (only then is there a choice to make). Returns the
/// user's choice once made.
pub(crate) fn export_options_ui(
    ctx: &egui::Context,
    options: &mut ExportOptions,
    names: bool,
    lang: Lang,
) -> Option<ExportChoice> {
    let title = tr!(lang, "export-options-title");
    let modal = super::a11y::named_modal("sheet-export", title).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(title);
        ui.add(egui::Label::new(tr!(lang, "export-options-text")).wrap());
        ui.add_space(6.0);
        if names {
            ui.checkbox(
                &mut options.without_names,
                tr!(lang, "export-without-names"),
            );
            ui.add_space(6.0);
        }
        ui.horizontal(|ui| {
            if ui.button(tr!(lang, "export-choose-file")).clicked() {
                return Some(ExportChoice::ChooseFile(*options));
            }
            ui.button(tr!(lang, "cancel"))
                .clicked()
                .then_some(ExportChoice::Cancel)
        })
        .inner
    });
    match modal.inner {
        Some(choice) => Some(choice),
        None if modal.should_close() => Some(ExportChoice::Cancel),
        None => None,
    }
}
