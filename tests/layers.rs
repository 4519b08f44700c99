//! The layers of DESIGN.md hold: each top-level module of `src/` imports only modules of
//! lower layers, so that data flows one way and no two modules import each other.

use std::collections::BTreeMap;
use std::path::Path;

/// The layers, lowest first, as in DESIGN.md's diagram.
const LAYERS: &[&[&str]] = &[
    &["parsed", "coded"],
    &["ids", "time"],
    &["records"],
    &["resolve"],
    &["validate"],
    &["dataset"],
    &["query"],
    &["export"],
    &["datasets", "synth", "strategies"],
    &["error"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level modules each file under `dir` imports through `crate::` paths, outside its
/// tests and comments.
fn imports(dir: &Path, top: Option<&str>, out: &mut BTreeMap<(String, String), String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let me = top.map_or_else(|| name.trim_end_matches(".rs").to_owned(), str::to_owned);
        if path.is_dir() {
            imports(&path, Some(&me), out);
            continue;
        }
        if !name.ends_with(".rs") || name == "tests.rs" || me == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            let mut rest = line;
            while let Some(at) = rest.find("crate::") {
                rest = &rest[at + "crate::".len()..];
                let mut names = vec![];
                if let Some(group) = rest.strip_prefix('{') {
                    names.extend(group.split(['}', ',']).map(|n| n.trim().split("::").next().unwrap_or("")));
                } else {
                    names.push(rest.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or(""));
                }
                for other in names.into_iter().filter(|n| layer(n).is_some() && *n != me) {
                    out.entry((me.clone(), other.to_owned())).or_insert_with(|| path.display().to_string());
                }
            }
        }
    }
}

#[test]
fn every_module_is_in_a_layer() {
    for entry in std::fs::read_dir("src").unwrap() {
        let name = entry.unwrap().file_name().to_str().unwrap().trim_end_matches(".rs").to_owned();
        assert!(name == "lib" || layer(&name).is_some(), "src/{name} is in no layer of DESIGN.md");
    }
}

#[test]
fn modules_import_only_lower_layers() {
    let mut edges = BTreeMap::new();
    imports(Path::new("src"), None, &mut edges);
    assert!(edges.len() > 10, "the scan found the imports");
    let upward: Vec<String> = edges
        .iter()
        .filter(|((me, other), _)| layer(other) >= layer(me))
        .map(|((me, other), file)| format!("{me} imports {other} ({file})"))
        .collect();
    assert!(upward.is_empty(), "imports that do not go down a layer:\n{}", upward.join("\n"));
}

#[test]
fn the_module_map_names_every_file() {
    let design = include_str!("../DESIGN.md");
    let map = design.split("## Module map").nth(1).unwrap().split("\n## ").next().unwrap();
    fn files(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, out);
            } else {
                out.push(path.display().to_string());
            }
        }
    }
    let mut all = Vec::new();
    files(Path::new("src"), &mut all);
    let missing: Vec<&String> = all.iter().filter(|f| !map.contains(&format!("`{f}`"))).collect();
    assert!(missing.is_empty(), "DESIGN.md's module map does not name {missing:?}");
}
