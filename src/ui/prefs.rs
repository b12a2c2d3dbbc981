//! User preferences remembered between runs (language, theme, zoom, recent files).

use crate::files::storage::write_atomic;
use crate::files::{parse_ron, read_text, to_ron};
use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// File name of the preferences inside the data folder.
pub(crate) const PREFS_FILE: &str = "einstellungen.ron";

/// How many recently used files are remembered.
pub(crate) const MAX_RECENT: usize = 8;

/// Colour themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Dark text on light ground.
    #[default]
    Light,
    /// Light text on dark ground.
    Dark,
    /// Maximum contrast: white on black with yellow highlights.
    HighContrast,
}

/// Preferences; unknown or missing fields fall back to defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Interface language.
    pub lang: Lang,
    /// Colour theme.
    pub theme: ThemeChoice,
    /// Projector mode: large text, strong contrast.
    pub projector: bool,
    /// Zoom factor of the whole interface.
    pub zoom: f32,
    /// Recently used assessment files, newest first.
    pub recent: Vec<PathBuf>,
    /// The benchmark file chosen by the user (none: the bundled synthetic one).
    pub benchmark: Option<PathBuf>,
    /// Always use the built-in file dialog instead of the operating system's.
    #[serde(skip_serializing_if = "is_false")]
    pub builtin_file_dialog: bool,
    /// The folder last used in a file dialog.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_folder: Option<PathBuf>,
    /// Whether the window was maximised when the app was closed.
    #[serde(skip_serializing_if = "is_false")]
    pub maximized: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            lang: Lang::default(),
            theme: ThemeChoice::Light,
            projector: false,
            zoom: 1.0,
            recent: Vec::new(),
            benchmark: None,
            builtin_file_dialog: false,
            last_folder: None,
            maximized: false,
        }
    }
}

impl Prefs {
    /// Loads preferences from `data_dir`; a missing file gives defaults, a broken one gives
    /// defaults and a message for the user.
    pub fn load(data_dir: &Path) -> (Self, Option<String>) {
        let path = data_dir.join(PREFS_FILE);
        if !path.exists() {
            return (Self::default(), None);
        }
        match read_text(&path).and_then(|text| {
            parse_ron::<Prefs>(&text).map_err(|p| crate::files::FileError::single(&path, p))
        }) {
            Ok(mut prefs) => {
                prefs.zoom = clamp_zoom(prefs.zoom);
                (prefs, None)
            }
            Err(error) => (Self::default(), Some(error.to_string())),
        }
    }

    /// Saves preferences to `data_dir` atomically.
    pub fn save(&self, data_dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(data_dir)?;
        let text = to_ron(self).map_err(std::io::Error::other)?;
        write_atomic(&data_dir.join(PREFS_FILE), text.as_bytes())
    }

    /// Puts `path` first in the list of recent files.
    pub(crate) fn remember_file(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// Keeps a zoom factor in a usable range.
pub fn clamp_zoom(zoom: f32) -> f32 {
    if zoom.is_finite() {
        zoom.clamp(0.5, 3.0)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefs_round_trip_and_survive_a_broken_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut prefs = Prefs {
            zoom: 1.5,
            projector: true,
            ..Prefs::default()
        };
        prefs.remember_file(Path::new("/tmp/a.ron"));
        prefs.save(dir.path()).unwrap();
        assert_eq!(Prefs::load(dir.path()), (prefs, None));

        std::fs::write(dir.path().join(PREFS_FILE), "Prefs(zoom: \"gross\")").unwrap();
        let (loaded, message) = Prefs::load(dir.path());
        assert_eq!(loaded, Prefs::default());
        assert!(message.unwrap().contains(PREFS_FILE));
    }

    #[test]
    fn recent_files_are_unique_and_bounded() {
        let mut prefs = Prefs::default();
        for i in 0..12 {
            prefs.remember_file(Path::new(&format!("/nirgends/{i}.ron")));
        }
        prefs.remember_file(Path::new("/nirgends/5.ron"));
        assert_eq!(prefs.recent.len(), MAX_RECENT);
        assert_eq!(prefs.recent[0], Path::new("/nirgends/5.ron"));
        assert_eq!(
            prefs.recent.iter().filter(|p| p.ends_with("5.ron")).count(),
            1
        );
    }
}
