//! Tagged PDF: marked content in the page streams, the structure tree, bookmarks,
//! document metadata (Info dictionary and XMP) and the catalog entries that make the
//! report readable by assistive technology (PDF/UA-1's rules; see docs/council-paper.md for what
//! is checked), and the sRGB output intent for archiving.
//!
//! The layout marks its items with [`Item::Begin`] / [`Item::End`]. While the renderer
//! walks the pages, [`Tagger::item`] wraps every run of drawing operations in a marked
//! content sequence of the innermost open structure element (or `/Artifact`), and
//! records which element owns which marked-content id. [`Tagger::write`] then adds the
//! structure tree and the rest to the lopdf document printpdf produced.

use super::layout::{Item, PAGE_H, Role};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use printpdf::{DictItem, Op};
use std::collections::BTreeMap;

/// What the document is, for the Info dictionary and the XMP metadata.
#[derive(Debug, Clone)]
pub(crate) struct Meta {
    /// Document title (shown in the window title: DisplayDocTitle).
    pub title: String,
    /// Author (the municipality).
    pub author: String,
    /// Subject line.
    pub subject: String,
    /// Natural language, e.g. "de-DE" or "en".
    pub lang: &'static str,
    /// Creation time in seconds since 1970 (UTC).
    pub created: u64,
}

/// The producer written into the file, with the program's version.
pub fn producer() -> String {
    format!("Reifegrad {}", env!("CARGO_PKG_VERSION"))
}

/// The creation time: `SOURCE_DATE_EPOCH` if set (reproducible builds and tests),
/// otherwise now.
pub(crate) fn creation_time() -> u64 {
    creation_time_from(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref())
}

/// The creation time from a `SOURCE_DATE_EPOCH` value (seconds since 1970), or now if
/// it is missing or not a number.
pub fn creation_time_from(source_date_epoch: Option<&str>) -> u64 {
    source_date_epoch
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0)
        })
}

/// Calendar date and time (UTC) of `secs` since 1970: (year, month, day, h, m, s).
pub(crate) fn civil(secs: u64) -> (i64, u32, u32, u32, u32, u32) {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        month,
        day,
        (rem / 3600) as u32,
        (rem % 3600 / 60) as u32,
        (rem % 60) as u32,
    )
}

#[derive(Debug)]
struct Node {
    tag: &'static str,
    parent: usize,
    alt: Option<String>,
    kids: Vec<Kid>,
    /// Text of headings (for the bookmarks).
    text: String,
    /// Page and top of the first text of a heading.
    first: Option<(usize, f32)>,
    /// What a header cell heads: "Column" or "Row".
    scope: Option<&'static str>,
}

#[derive(Debug, Clone, Copy)]
enum Kid {
    Node(usize),
    Mcid { page: usize, mcid: i64 },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    Node(usize),
    Artifact,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Frame {
    Node(usize),
    /// A paragraph the tagger opened for loose text; closed by the next Begin/End.
    Implicit(usize),
    Artifact,
}

/// Collects the structure while the renderer writes the page streams.
#[derive(Debug)]
pub(crate) struct Tagger {
    nodes: Vec<Node>,
    stack: Vec<Frame>,
    run: Option<Target>,
    page: usize,
    /// Per page: the owning element of each marked-content id.
    mcids: Vec<Vec<usize>>,
}

impl Default for Tagger {
    fn default() -> Self {
        Self::new()
    }
}

impl Tagger {
    /// A tagger with an empty `Document` element.
    pub fn new() -> Self {
        Self {
            nodes: vec![Node {
                tag: "Document",
                parent: 0,
                alt: None,
                kids: Vec::new(),
                text: String::new(),
                first: None,
                scope: None,
            }],
            stack: Vec::new(),
            run: None,
            page: 0,
            mcids: Vec::new(),
        }
    }

    /// Starts page `index` (pages in order, from 0).
    pub(crate) fn start_page(&mut self, index: usize) {
        self.page = index;
        while self.mcids.len() <= index {
            self.mcids.push(Vec::new());
        }
    }

    /// Closes the open marked-content sequence at the end of a page.
    pub(crate) fn end_page(&mut self, ops: &mut Vec<Op>) {
        if self.run.take().is_some() {
            ops.push(Op::EndMarkedContent);
        }
    }

    fn add_node(&mut self, tag: &'static str, alt: Option<String>) -> usize {
        let parent = self.current_node();
        let id = self.nodes.len();
        self.nodes.push(Node {
            tag,
            parent,
            alt,
            kids: Vec::new(),
            text: String::new(),
            first: None,
            scope: None,
        });
        self.nodes[parent].kids.push(Kid::Node(id));
        id
    }

    fn current_node(&self) -> usize {
        self.stack
            .iter()
            .rev()
            .find_map(|f| match f {
                Frame::Node(id) | Frame::Implicit(id) => Some(*id),
                Frame::Artifact => None,
            })
            .unwrap_or(0)
    }

    fn drop_implicit(&mut self) {
        if let Some(Frame::Implicit(_)) = self.stack.last() {
            self.stack.pop();
        }
    }

    fn in_artifact(&self) -> bool {
        self.stack.contains(&Frame::Artifact)
    }

    fn figure(&self) -> Option<usize> {
        self.stack.iter().rev().find_map(|f| match f {
            Frame::Node(id) if self.nodes[*id].tag == "Figure" => Some(*id),
            _ => None,
        })
    }

    fn is_grouping(tag: &str) -> bool {
        matches!(tag, "Document" | "Sect" | "L" | "LI" | "Table" | "TR")
    }

    fn text_target(&mut self) -> Target {
        if self.in_artifact() {
            return Target::Artifact;
        }
        if let Some(fig) = self.figure() {
            return Target::Node(fig);
        }
        let current = self.current_node();
        if Self::is_grouping(self.nodes[current].tag) {
            let p = self.add_node("P", None);
            self.stack.push(Frame::Implicit(p));
            return Target::Node(p);
        }
        Target::Node(current)
    }

    fn graphic_target(&self) -> Target {
        if self.in_artifact() {
            return Target::Artifact;
        }
        match self.figure() {
            Some(fig) => Target::Node(fig),
            None => Target::Artifact,
        }
    }

    fn switch(&mut self, target: Target, ops: &mut Vec<Op>) {
        if self.run == Some(target) {
            return;
        }
        if self.run.is_some() {
            ops.push(Op::EndMarkedContent);
        }
        match target {
            Target::Artifact => ops.push(Op::BeginMarkedContent {
                tag: "Artifact".into(),
            }),
            Target::Node(id) => {
                let page = self.page;
                let mcid = self.mcids[page].len() as i64;
                self.mcids[page].push(id);
                self.nodes[id].kids.push(Kid::Mcid { page, mcid });
                let mut map = BTreeMap::new();
                map.insert("MCID".to_string(), DictItem::Int(mcid));
                ops.push(Op::BeginMarkedContentWithProperties {
                    tag: self.nodes[id].tag.into(),
                    properties: DictItem::Dict { map },
                });
            }
        }
        self.run = Some(target);
    }

    /// Handles one layout item before its drawing operations are added to `ops`.
    pub fn item(&mut self, item: &Item, ops: &mut Vec<Op>) {
        match item {
            Item::Begin { role, alt } => {
                self.drop_implicit();
                if *role == Role::Artifact {
                    self.stack.push(Frame::Artifact);
                } else {
                    let id = self.add_node(role.tag(), alt.clone());
                    self.nodes[id].scope = match role {
                        Role::TH => Some("Column"),
                        Role::RowHeader => Some("Row"),
                        _ => None,
                    };
                    self.stack.push(Frame::Node(id));
                }
            }
            Item::End => {
                self.drop_implicit();
                self.stack.pop();
            }
            Item::Text { y, text, style, .. } => {
                let target = self.text_target();
                self.switch(target, ops);
                if let Target::Node(id) = target {
                    let node = &mut self.nodes[id];
                    if matches!(node.tag, "H1" | "H2") {
                        if !node.text.is_empty() {
                            node.text.push(' ');
                        }
                        node.text.push_str(text);
                        if node.first.is_none() {
                            node.first = Some((self.page, y - style.size));
                        }
                    }
                }
            }
            Item::Line { .. } | Item::Fill { .. } => {
                let target = self.graphic_target();
                self.switch(target, ops);
            }
        }
    }

    /// Whether element `id` has any marked content below it.
    fn has_content(&self, id: usize, memo: &mut Vec<Option<bool>>) -> bool {
        if let Some(known) = memo[id] {
            return known;
        }
        let kids = self.nodes[id].kids.clone();
        let found = kids.iter().any(|k| match k {
            Kid::Mcid { .. } => true,
            Kid::Node(n) => self.has_content(*n, memo),
        });
        memo[id] = Some(found);
        found
    }

    /// Adds the structure tree, bookmarks, metadata and catalog entries to `doc`.
    pub fn write(self, doc: &mut Document, meta: &Meta) -> lopdf::Result<()> {
        let pages: Vec<ObjectId> = doc.get_pages().values().copied().collect();
        let mut memo = vec![None; self.nodes.len()];
        let keep: Vec<bool> = (0..self.nodes.len())
            .map(|i| i == 0 || self.has_content(i, &mut memo))
            .collect();
        let root_id = doc.new_object_id();
        let ids: Vec<Option<ObjectId>> = keep
            .iter()
            .map(|k| k.then(|| doc.new_object_id()))
            .collect();
        let reference = |i: usize| ids[i].map(Object::Reference);
        for (i, node) in self.nodes.iter().enumerate() {
            let Some(id) = ids[i] else { continue };
            let kids: Vec<Object> = node
                .kids
                .iter()
                .filter_map(|k| match *k {
                    Kid::Node(n) => reference(n),
                    Kid::Mcid { page, mcid } => {
                        Some(Object::Dictionary(Dictionary::from_iter(vec![
                            ("Type", Object::Name(b"MCR".to_vec())),
                            ("Pg", Object::Reference(*pages.get(page)?)),
                            ("MCID", Object::Integer(mcid)),
                        ])))
                    }
                })
                .collect();
            let parent = if i == 0 {
                Object::Reference(root_id)
            } else {
                reference(node.parent).unwrap_or(Object::Reference(root_id))
            };
            let mut dict = Dictionary::from_iter(vec![
                ("Type", Object::Name(b"StructElem".to_vec())),
                ("S", Object::Name(node.tag.as_bytes().to_vec())),
                ("P", parent),
                ("K", Object::Array(kids)),
            ]);
            if let Some(alt) = &node.alt {
                dict.set("Alt", text_string(alt));
            }
            if i == 0 {
                dict.set("Lang", text_string(meta.lang));
            }
            if let Some(scope) = node.scope {
                dict.set(
                    "A",
                    Dictionary::from_iter(vec![
                        ("O", Object::Name(b"Table".to_vec())),
                        ("Scope", Object::Name(scope.as_bytes().to_vec())),
                    ]),
                );
            }
            doc.objects.insert(id, Object::Dictionary(dict));
        }

        // Parent tree: per page, the element of each marked-content id.
        let mut nums = Vec::new();
        for (page, owners) in self.mcids.iter().enumerate() {
            let refs: Vec<Object> = owners
                .iter()
                .map(|n| reference(*n).unwrap_or(Object::Null))
                .collect();
            nums.push(Object::Integer(page as i64));
            nums.push(Object::Array(refs));
        }
        let parent_tree =
            doc.add_object(Dictionary::from_iter(vec![("Nums", Object::Array(nums))]));
        let mut struct_root = Dictionary::from_iter(vec![
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("ParentTree", Object::Reference(parent_tree)),
            (
                "ParentTreeNextKey",
                Object::Integer(self.mcids.len() as i64),
            ),
        ]);
        if let Some(doc_ref) = reference(0) {
            struct_root.set("K", doc_ref);
        }
        doc.objects.insert(root_id, Object::Dictionary(struct_root));
        for (i, page_id) in pages.iter().enumerate() {
            let page = doc.get_dictionary_mut(*page_id)?;
            page.set("StructParents", Object::Integer(i as i64));
            page.set("Tabs", Object::Name(b"S".to_vec()));
        }

        let outlines = self.outlines(doc, &pages, &keep);
        let metadata = xmp(meta);
        let mut xmp_stream = Stream::new(
            Dictionary::from_iter(vec![
                ("Type", Object::Name(b"Metadata".to_vec())),
                ("Subtype", Object::Name(b"XML".to_vec())),
            ]),
            metadata.into_bytes(),
        );
        xmp_stream.allows_compression = false;
        let metadata_id = doc.add_object(xmp_stream);

        let intent = output_intent(doc);
        let catalog = doc.catalog_mut()?;
        catalog.set(
            "OutputIntents",
            Object::Array(vec![Object::Reference(intent)]),
        );
        catalog.set("StructTreeRoot", Object::Reference(root_id));
        catalog.set(
            "MarkInfo",
            Dictionary::from_iter(vec![("Marked", Object::Boolean(true))]),
        );
        catalog.set("Lang", text_string(meta.lang));
        catalog.set(
            "ViewerPreferences",
            Dictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))]),
        );
        catalog.set("Metadata", Object::Reference(metadata_id));
        match outlines {
            Some(id) => {
                catalog.set("Outlines", Object::Reference(id));
                catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
            }
            None => catalog.set("PageMode", Object::Name(b"UseNone".to_vec())),
        }

        // A fresh Info dictionary: no PDF/X key, no trapping claim, a real date.
        if let Ok(old) = doc.trailer.get(b"Info").and_then(Object::as_reference) {
            doc.objects.remove(&old);
        }
        let date = pdf_date(meta.created);
        let info = doc.add_object(Dictionary::from_iter(vec![
            ("Title", text_string(&meta.title)),
            ("Author", text_string(&meta.author)),
            ("Subject", text_string(&meta.subject)),
            ("Creator", text_string("Reifegrad")),
            ("Producer", text_string(&producer())),
            (
                "CreationDate",
                Object::String(date.clone().into_bytes(), StringFormat::Literal),
            ),
            (
                "ModDate",
                Object::String(date.into_bytes(), StringFormat::Literal),
            ),
        ]));
        doc.trailer.set("Info", Object::Reference(info));
        let id = document_id(meta);
        doc.trailer.set(
            "ID",
            Object::Array(vec![
                Object::String(id.clone(), StringFormat::Hexadecimal),
                Object::String(id, StringFormat::Hexadecimal),
            ]),
        );
        doc.version = "1.7".into();
        Ok(())
    }

    /// One bookmark per H1, with its H2 below it; `None` without headings.
    fn outlines(&self, doc: &mut Document, pages: &[ObjectId], keep: &[bool]) -> Option<ObjectId> {
        struct Entry {
            title: String,
            page: ObjectId,
            top: f32,
            children: Vec<Entry>,
        }
        let mut top_level: Vec<Entry> = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            let level = match node.tag {
                "H1" => 1,
                "H2" => 2,
                _ => continue,
            };
            let (Some((page, y)), true) = (node.first, keep[i]) else {
                continue;
            };
            let Some(page) = pages.get(page).copied() else {
                continue;
            };
            let entry = Entry {
                title: node.text.clone(),
                page,
                top: PAGE_H - y + 4.0,
                children: Vec::new(),
            };
            match (level, top_level.last_mut()) {
                (2, Some(parent)) => parent.children.push(entry),
                _ => top_level.push(entry),
            }
        }
        if top_level.is_empty() {
            return None;
        }
        fn write_level(
            doc: &mut Document,
            entries: &[Entry],
            parent: ObjectId,
        ) -> (ObjectId, ObjectId, i64) {
            let ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
            let count = entries.len() as i64;
            for (i, entry) in entries.iter().enumerate() {
                let mut dict = Dictionary::from_iter(vec![
                    ("Title", text_string(&entry.title)),
                    ("Parent", Object::Reference(parent)),
                    (
                        "Dest",
                        Object::Array(vec![
                            Object::Reference(entry.page),
                            Object::Name(b"XYZ".to_vec()),
                            Object::Null,
                            Object::Real(entry.top),
                            Object::Null,
                        ]),
                    ),
                ]);
                if i > 0 {
                    dict.set("Prev", Object::Reference(ids[i - 1]));
                }
                if let Some(next) = ids.get(i + 1) {
                    dict.set("Next", Object::Reference(*next));
                }
                if !entry.children.is_empty() {
                    let (first, last, n) = write_level(doc, &entry.children, ids[i]);
                    dict.set("First", Object::Reference(first));
                    dict.set("Last", Object::Reference(last));
                    // Children shown closed: a negative count.
                    dict.set("Count", Object::Integer(-n));
                }
                doc.objects.insert(ids[i], Object::Dictionary(dict));
            }
            (ids[0], ids[ids.len() - 1], count)
        }
        let root = doc.new_object_id();
        let (first, last, count) = write_level(doc, &top_level, root);
        doc.objects.insert(
            root,
            Object::Dictionary(Dictionary::from_iter(vec![
                ("Type", Object::Name(b"Outlines".to_vec())),
                ("First", Object::Reference(first)),
                ("Last", Object::Reference(last)),
                ("Count", Object::Integer(count)),
            ])),
        );
        Some(root)
    }
}

/// The sRGB colour profile of the output intent (see `assets/color/README.md`).
pub(crate) const SRGB_ICC: &[u8] = include_bytes!("../../assets/color/sRGB.icc");

/// Adds the output intent: the report's RGB colours are sRGB (IEC 61966-2.1), as
/// PDF/A-2 asks of a file that uses device colours. It is a PDF/A intent
/// (`GTS_PDFA1`), not a PDF/X one.
fn output_intent(doc: &mut Document) -> ObjectId {
    let profile = doc.add_object(Stream::new(
        Dictionary::from_iter(vec![("N", Object::Integer(3))]),
        SRGB_ICC.to_vec(),
    ));
    let name = || text_string("sRGB IEC61966-2.1");
    doc.add_object(Dictionary::from_iter(vec![
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        ("OutputConditionIdentifier", name()),
        ("Info", name()),
        ("RegistryName", text_string("http://www.color.org")),
        ("DestOutputProfile", Object::Reference(profile)),
    ]))
}

/// A PDF text string: literal for ASCII, UTF-16BE with byte order mark otherwise.
fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xfe, 0xff];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// `D:YYYYMMDDHHmmSSZ` (a PDF date in UTC).
fn pdf_date(secs: u64) -> String {
    let (y, mo, d, h, mi, s) = civil(secs);
    format!("D:{y:04}{mo:02}{d:02}{h:02}{mi:02}{s:02}Z")
}

/// ISO 8601 in UTC, as XMP wants it.
fn iso_date(secs: u64) -> String {
    let (y, mo, d, h, mi, s) = civil(secs);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// A stable file identifier from title, author and date (same input, same file).
fn document_id(meta: &Meta) -> Vec<u8> {
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for byte in meta
        .title
        .bytes()
        .chain(meta.author.bytes())
        .chain(meta.created.to_be_bytes())
    {
        hash ^= u128::from(byte);
        hash = hash.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
    }
    hash.to_be_bytes().to_vec()
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The XMP packet: title, author, description, language, dates, producer, and the
/// PDF/UA-1 identifier (`pdfuaid:part` 1, with the extension schema that describes it
/// for PDF/A readers). It makes no PDF/A claim (see docs/council-paper.md).
fn xmp(meta: &Meta) -> String {
    let date = iso_date(meta.created);
    let title = xml_escape(&meta.title);
    let author = xml_escape(&meta.author);
    let subject = xml_escape(&meta.subject);
    let producer = xml_escape(&producer());
    let lang = meta.lang;
    let bom = '\u{feff}';
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
<xmp:CreatorTool>Reifegrad</xmp:CreatorTool>
<pdf:Producer>{producer}</pdf:Producer>
<pdfuaid:part>1</pdfuaid:part>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil(0), (1970, 1, 1, 0, 0, 0));
        // 2026-11-26 06:44:13 UTC.
        assert_eq!(civil(1_795_675_453), (2026, 11, 26, 6, 44, 13));
        // A leap day.
        assert_eq!(civil(951_782_400), (2000, 2, 29, 0, 0, 0));
        assert_eq!(pdf_date(951_782_400), "D:20000229000000Z");
    }

    #[test]
    fn text_strings_are_utf16_when_needed() {
        assert_eq!(
            text_string("de-DE"),
            Object::String(b"de-DE".to_vec(), StringFormat::Literal)
        );
        let Object::String(bytes, _) = text_string("Maßnahmen") else {
            panic!("not a string");
        };
        assert_eq!(&bytes[..4], &[0xfe, 0xff, 0x00, b'M']);
    }
}
