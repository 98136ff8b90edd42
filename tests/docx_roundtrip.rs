//! The DOCX editions qostil writes read back through its own DOCX reader:
//! the clause numbers Word would show are the model's, and checking the
//! editions finds what checking the contract folder finds (nothing, for
//! the bundled example).

mod common;

use assert_cmd::Command;

#[test]
fn docx_editions_round_trip_through_the_reader() {
    let out = tempfile::tempdir().unwrap();
    Command::cargo_bin("qostil")
        .unwrap()
        .args(["render", "--format", "docx"])
        .arg(common::example())
        .arg("-o")
        .arg(out.path())
        .assert()
        .code(0);
    let contract = qostil::source::load_contract(&common::example()).unwrap();
    for lang in qostil::Lang::ALL {
        let path = out
            .path()
            .join(format!("online-courses-offer.{}.docx", lang.code()));
        let bytes = std::fs::read(&path).unwrap();
        let x = qostil::source::docx::read(&bytes, &path.display().to_string()).unwrap();
        let labels: Vec<String> = x
            .pieces
            .iter()
            .filter_map(|p| p.label.as_deref())
            .map(|l| l.trim_end_matches('.').to_string())
            .collect();
        let numbers: Vec<String> = contract
            .bi
            .get(lang)
            .numbered()
            .map(|(n, _)| n.to_string())
            .collect();
        assert_eq!(labels, numbers, "{}", lang.code());
    }
    let file = |name: &str| out.path().join(format!("online-courses-offer.{name}.docx"));
    for inputs in [vec![file("parallel")], vec![file("kk"), file("ru")]] {
        Command::cargo_bin("qostil")
            .unwrap()
            .arg("check")
            .args(&inputs)
            .assert()
            .code(0)
            .stdout("no findings\n");
    }
}
