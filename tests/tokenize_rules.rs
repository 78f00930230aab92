//! One table per tokenization convention (UD Italian). Every apostrophe case
//! runs with both `'` and `’`.

use italiano::tokenize::{TokenKind, Tokenizer};

fn texts(text: &str) -> Vec<&str> {
    italiano::tokens(text).map(|t| t.text()).collect()
}

/// Checks the tokens of `input`, then of the same input with `’` written
/// for every `'`.
fn check_both_apostrophes(input: &str, expected: &[&str]) {
    assert_eq!(texts(input), expected, "input {input:?}");
    let curly = input.replace('\'', "’");
    let expected_curly: Vec<String> = expected.iter().map(|t| t.replace('\'', "’")).collect();
    assert_eq!(texts(&curly), expected_curly, "input {curly:?}");
}

fn words(text: &str) -> Vec<&str> {
    italiano::tokens(text).flat_map(|t| t.words()).collect()
}

#[test]
fn elision_keeps_the_apostrophe_on_the_first_part() {
    let cases: &[(&str, &[&str])] = &[
        ("l'amico", &["l'", "amico"]),
        ("c'è", &["c'", "è"]),
        ("dell'Ucraina", &["dell'", "Ucraina"]),
        ("l'11 settembre", &["l'", "11", "settembre"]),
        ("all'8 marzo", &["all'", "8", "marzo"]),
        ("quest'anno un'altra", &["quest'", "anno", "un'", "altra"]),
        ("D'Alema", &["D'", "Alema"]),
    ];
    for (input, expected) in cases {
        check_both_apostrophes(input, expected);
    }
    assert_eq!(
        italiano::tokens("l'amico").next().map(|t| t.kind()),
        Some(TokenKind::Elision)
    );
}

#[test]
fn apostrophes_that_stay_with_their_word() {
    let cases: &[(&str, &[&str])] = &[
        ("un po' di pane", &["un", "po'", "di", "pane"]),
        ("a mo' di esempio", &["a", "mo'", "di", "esempio"]),
        (
            "be', va' e fa' presto, di' pure",
            &["be'", ",", "va'", "e", "fa'", "presto", ",", "di'", "pure"],
        ),
        (
            "e' vero perche' piu' tardi",
            &["e'", "vero", "perche'", "piu'", "tardi"],
        ),
        ("gli anni '90", &["gli", "anni", "'90"]),
        ("l' uomo", &["l'", "uomo"]),
        ("la 'ndrangheta", &["la", "'ndrangheta"]),
        (
            "al 43' del primo tempo",
            &["al", "43'", "del", "primo", "tempo"],
        ),
    ];
    for (input, expected) in cases {
        check_both_apostrophes(input, expected);
    }
}

#[test]
fn a_quote_that_is_not_an_apostrophe_is_a_token() {
    let cases: &[(&str, &[&str])] = &[
        (
            "dice 'ciao' a tutti",
            &["dice", "'", "ciao", "'", "a", "tutti"],
        ),
        (
            "\"Basta\", disse.",
            &["\"", "Basta", "\"", ",", "disse", "."],
        ),
        ("«Sì» e “no”", &["«", "Sì", "»", "e", "“", "no", "”"]),
        ("„Ja“", &["„", "Ja", "“"]),
        ("il King's Men", &["il", "King", "'s", "Men"]),
    ];
    for (input, expected) in cases {
        assert_eq!(texts(input), *expected, "input {input:?}");
    }
}

#[test]
fn numbers_in_italian_format() {
    let cases: &[(&str, &[&str])] = &[
        ("11.000 e 1.000.000", &["11.000", "e", "1.000.000"]),
        ("41,7 e 355.089,40", &["41,7", "e", "355.089,40"]),
        (
            "alle 05:28 del 13/12/11",
            &["alle", "05:28", "del", "13/12/11"],
        ),
        ("la legge 270/1982", &["la", "legge", "270/1982"]),
        ("il 3,5% e 10 €", &["il", "3,5", "%", "e", "10", "€"]),
        (
            "il G7, la CO2 e il 60x60",
            &["il", "G7", ",", "la", "CO2", "e", "il", "60x60"],
        ),
        ("il 1° e la 2ª", &["il", "1°", "e", "la", "2ª"]),
        ("nel 2024.", &["nel", "2024", "."]),
    ];
    for (input, expected) in cases {
        assert_eq!(texts(input), *expected, "input {input:?}");
    }
}

#[test]
fn abbreviations_keep_their_period() {
    let cases: &[(&str, &[&str])] = &[
        (
            "l'art. 21 e il n. 3",
            &["l'", "art.", "21", "e", "il", "n.", "3"],
        ),
        ("es. pag. 4 ecc.", &["es.", "pag.", "4", "ecc."]),
        (
            "il Sig. Rossi e la Sig.ra Bianchi",
            &["il", "Sig.", "Rossi", "e", "la", "Sig.ra", "Bianchi"],
        ),
        ("la Dott.ssa Verdi", &["la", "Dott.ssa", "Verdi"]),
        (
            "la Fiat S.p.A. e p.es. questo",
            &["la", "Fiat", "S.p.A.", "e", "p.es.", "questo"],
        ),
        ("G. Verdi", &["G.", "Verdi"]),
    ];
    for (input, expected) in cases {
        assert_eq!(texts(input), *expected, "input {input:?}");
    }
    let sentences: Vec<&str> = italiano::sentences("Il Sig. Rossi è arrivato. Poi è ripartito.")
        .map(|s| s.text())
        .collect();
    assert_eq!(sentences, ["Il Sig. Rossi è arrivato.", "Poi è ripartito."]);
}

#[test]
fn punctuation_runs_and_hyphens() {
    let cases: &[(&str, &[&str])] = &[
        ("Ma... davvero?!", &["Ma", "...", "davvero", "?!"]),
        ("Aiuto!!! Che…", &["Aiuto", "!!!", "Che", "…"]),
        (
            "l'e-mail di Jean-Claude",
            &["l'", "e-mail", "di", "Jean-Claude"],
        ),
        ("un italo-americano", &["un", "italo-americano"]),
        ("Roma - Milano", &["Roma", "-", "Milano"]),
        ("e/o", &["e/o"]),
    ];
    for (input, expected) in cases {
        assert_eq!(texts(input), *expected, "input {input:?}");
    }
    let isdt = Tokenizer::new().split_hyphens(true);
    let split: Vec<&str> = isdt
        .tokens("il centro-destra e l'e-mail")
        .map(|t| t.text())
        .collect();
    assert_eq!(split, ["il", "centro", "-", "destra", "e", "l'", "e-mail"]);
}

#[test]
fn social_text() {
    let cases: &[(&str, TokenKind)] = &[
        ("#Monti", TokenKind::Hashtag),
        ("@sindaco_roma", TokenKind::Mention),
        ("https://www.example.org/pagina?x=1", TokenKind::Url),
        ("www.example.it", TokenKind::Url),
        ("redazione@example.it", TokenKind::Email),
        (":)", TokenKind::Emoticon),
        (";))", TokenKind::Emoticon),
        ("<3", TokenKind::Emoticon),
        (":-(", TokenKind::Emoticon),
        ("👍🏽", TokenKind::Emoji),
        ("👩‍💻", TokenKind::Emoji),
        ("🇮🇹", TokenKind::Emoji),
    ];
    for (input, kind) in cases {
        let tokens: Vec<_> = italiano::tokens(input).collect();
        assert_eq!(tokens.len(), 1, "{input:?} gives {tokens:?}");
        assert_eq!(tokens[0].kind(), *kind, "{input:?}");
    }
    assert_eq!(texts("bello :) no?"), ["bello", ":)", "no", "?"]);
    assert_eq!(
        texts("(www.example.it)."),
        ["(", "www.example.it", ")", "."]
    );
}

#[test]
fn sentence_boundaries() {
    let cases: &[(&str, &[&str])] = &[
        ("Piove. Esco.", &["Piove.", "Esco."]),
        ("Chi è? Non so!", &["Chi è?", "Non so!"]),
        ("Aspetta… e poi?", &["Aspetta… e poi?"]),
        ("ha detto.”La riunione", &["ha detto.", "”La riunione"]),
        ("ha detto.” La riunione", &["ha detto.”", "La riunione"]),
        ("Titolo\n\nTesto", &["Titolo", "Testo"]),
        ("Due punti: Ecco.", &["Due punti:", "Ecco."]),
        ("Mele ecc. Poi pere.", &["Mele ecc.", "Poi pere."]),
    ];
    for (input, expected) in cases {
        let sentences: Vec<&str> = italiano::sentences(input).map(|s| s.text()).collect();
        assert_eq!(sentences, *expected, "input {input:?}");
    }
}

#[test]
fn multiword_tokens() {
    let cases: &[(&str, &[&str])] = &[
        ("del", &["di", "il"]),
        ("della", &["di", "la"]),
        ("dell'anno", &["di", "l'", "anno"]),
        ("nei", &["in", "i"]),
        ("col", &["con", "il"]),
        ("sull'argomento", &["su", "l'", "argomento"]),
        ("Nel", &["In", "il"]),
        ("farlo", &["far", "lo"]),
        ("esserci", &["esser", "ci"]),
        ("farglielo", &["far", "glie", "lo"]),
        ("considerandoli", &["considerando", "li"]),
        ("ricordiamoci", &["ricordiamo", "ci"]),
    ];
    for (input, expected) in cases {
        assert_eq!(words(input), *expected, "input {input:?}");
    }
    // Ordinary words that only look like a verb with a pronoun.
    for word in [
        "parla", "carne", "diversi", "aperti", "moderne", "Carlo", "armi", "perle", "quando",
    ] {
        assert_eq!(words(word), [word], "{word}");
    }
    assert_eq!(words("sull’acqua"), ["su", "l’", "acqua"]);
}
