//! Fonts, colour themes and projector mode.

use crate::ui::prefs::ThemeChoice;
use egui::{Color32, FontFamily, FontId, Stroke, TextStyle, Theme, Visuals};

/// Name of the bold font family used for headings.
pub(crate) const BOLD: &str = "bold";

/// Text style of the question text.
pub(crate) fn question_style() -> TextStyle {
    TextStyle::Name("question".into())
}

/// Text style of the large level number on a card.
pub(crate) fn level_number_style() -> TextStyle {
    TextStyle::Name("level".into())
}

/// Installs DejaVu Sans (regular and bold), shipped in `assets/fonts`, which covers
/// umlauts, ß and German quotation marks and is heavier than egui's default font.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "dejavu".into(),
        egui::FontData::from_static(include_bytes!("../../assets/fonts/DejaVuSans.ttf")).into(),
    );
    fonts.font_data.insert(
        "dejavu-bold".into(),
        egui::FontData::from_static(include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf"))
            .into(),
    );
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        family.insert(0, "dejavu".into());
    }
    let mut bold = vec!["dejavu-bold".to_string()];
    bold.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);
}

/// Applies the theme and text sizes; projector mode enlarges text and removes grey text.
pub fn apply(ctx: &egui::Context, theme: ThemeChoice, projector: bool) {
    let base = match theme {
        ThemeChoice::Light => Theme::Light,
        ThemeChoice::Dark | ThemeChoice::HighContrast => Theme::Dark,
    };
    ctx.set_theme(base);
    let mut visuals = match theme {
        ThemeChoice::Light => Visuals::light(),
        ThemeChoice::Dark => Visuals::dark(),
        ThemeChoice::HighContrast => high_contrast(),
    };
    focus_ring(&mut visuals, theme, projector);
    if projector {
        let text = if base == Theme::Light {
            Color32::BLACK
        } else {
            Color32::WHITE
        };
        for widgets in [
            &mut visuals.widgets.noninteractive,
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
        ] {
            widgets.bg_stroke.width = widgets.bg_stroke.width.max(1.5);
            widgets.fg_stroke.color = text;
        }
    }
    let scale = if projector { 1.7 } else { 1.0 };
    ctx.style_mut_of(base, |style| {
        style.visuals = visuals;
        let bold = FontFamily::Name(BOLD.into());
        style.text_styles = [
            (TextStyle::Heading, FontId::new(24.0 * scale, bold.clone())),
            (TextStyle::Body, FontId::proportional(16.0 * scale)),
            (TextStyle::Button, FontId::proportional(16.0 * scale)),
            (TextStyle::Small, FontId::proportional(13.0 * scale)),
            (TextStyle::Monospace, FontId::monospace(14.0 * scale)),
            (question_style(), FontId::new(22.0 * scale, bold.clone())),
            (level_number_style(), FontId::new(30.0 * scale, bold)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0) * scale.sqrt();
        style.spacing.button_padding = egui::vec2(10.0, 5.0) * scale.sqrt();
        style.spacing.interact_size.y = 24.0 * scale;
        // Checkboxes, radio buttons and the arrows of collapsing sections grow with the text.
        style.spacing.icon_width = 14.0 * scale;
        style.spacing.icon_width_inner = 8.0 * scale;
        style.spacing.icon_spacing = 4.0 * scale.sqrt();
    });
}

/// A focus ring that stands out: egui draws a focused widget with the "active" visuals
/// (1 px by default); here 2.5 px (3 px in projector mode) in a strong colour of the
/// theme – dark blue on light, light blue on dark, yellow in high contrast – and the
/// frame of a focused text field 2 px.
fn focus_ring(visuals: &mut Visuals, theme: ThemeChoice, projector: bool) {
    let color = match theme {
        ThemeChoice::Light => Color32::from_rgb(0, 70, 160),
        ThemeChoice::Dark => Color32::from_rgb(120, 200, 255),
        ThemeChoice::HighContrast => Color32::from_rgb(255, 214, 0),
    };
    let width = if projector { 3.0 } else { 2.5 };
    visuals.widgets.active.bg_stroke = Stroke::new(width, color);
    visuals.selection.stroke.width = visuals.selection.stroke.width.max(2.0);
}

/// The stroke a focused widget is drawn with.
pub(crate) fn focus_stroke(ui: &egui::Ui) -> Stroke {
    ui.visuals().widgets.active.bg_stroke
}

fn high_contrast() -> Visuals {
    let mut v = Visuals::dark();
    let yellow = Color32::from_rgb(255, 214, 0);
    v.override_text_color = None;
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(24);
    v.selection.bg_fill = yellow;
    v.selection.stroke = Stroke::new(2.0, Color32::BLACK);
    v.hyperlink_color = yellow;
    for widgets in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        widgets.bg_fill = Color32::BLACK;
        widgets.weak_bg_fill = Color32::BLACK;
        widgets.bg_stroke = Stroke::new(1.5, Color32::WHITE);
        widgets.fg_stroke = Stroke::new(1.5, Color32::WHITE);
    }
    v.widgets.hovered.bg_stroke = Stroke::new(3.0, yellow);
    v.widgets.active.bg_stroke = Stroke::new(3.0, yellow);
    v
}
