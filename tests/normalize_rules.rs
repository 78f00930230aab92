//! One table per rule of quote normalization. Every apostrophe case runs
//! with both the straight `'` and the typographic `’` as input.

use italiano::normalize::{Normalizer, QuoteStyle, Repairs};

fn typographic(text: &str) -> String {
    Normalizer::new().normalize(text).into_owned()
}

fn with_style(style: QuoteStyle, text: &str) -> String {
    Normalizer::new().style(style).normalize(text).into_owned()
}

fn repaired(text: &str) -> String {
    Normalizer::new()
        .style(QuoteStyle::Keep)
        .repairs(Repairs::ALL)
        .normalize(text)
        .into_owned()
}

/// Checks `input` → `expected` (typographic), once with `'` and once with
/// `’` written for every `'` of the input.
fn check_both_apostrophes(input: &str, expected: &str) {
    assert_eq!(typographic(input), expected, "input {input:?}");
    let curly = input.replace('\'', "’");
    assert_eq!(typographic(&curly), expected, "input {curly:?}");
}

#[test]
fn every_look_alike_is_read() {
    let cases = [
        ("disse \"sì\".", "disse “sì”."),
        ("disse “sì”.", "disse “sì”."),
        ("disse ”sì”.", "disse “sì”."),
        ("disse “sì“.", "disse “sì”."),
        ("disse „sì“.", "disse “sì”."),
        ("disse ‟sì”.", "disse “sì”."),
        ("disse «sì».", "disse “sì”."),
        ("disse ″sì″.", "disse “sì”."),
        ("disse ``sì''.", "disse “sì”."),
        ("il termine 'lodo' torna", "il termine ‘lodo’ torna"),
        ("il termine ‘lodo’ torna", "il termine ‘lodo’ torna"),
        ("il termine ‚lodo‘ torna", "il termine ‘lodo’ torna"),
        ("il termine ‛lodo’ torna", "il termine ‘lodo’ torna"),
        ("il termine ‹lodo› torna", "il termine ‘lodo’ torna"),
        ("l´acqua", "l’acqua"),
        ("c`è", "c’è"),
        ("lʼacqua", "l’acqua"),
        ("l′acqua", "l’acqua"),
        ("L‘amicizia", "L’amicizia"),
    ];
    for (input, expected) in cases {
        assert_eq!(typographic(input), expected, "input {input:?}");
    }
}

#[test]
fn direction_from_neighbours() {
    let cases = [
        ("”Siamo pronti”, ha detto.", "“Siamo pronti”, ha detto."),
        (
            "ha detto ai cronisti.”La riunione è finita”.",
            "ha detto ai cronisti.“La riunione è finita”.",
        ),
        (
            "Il titolo era\"Ritorno\"ma nessuno lo ricorda.",
            "Il titolo era“Ritorno”ma nessuno lo ricorda.",
        ),
        ("(\"tra parentesi\")", "(“tra parentesi”)"),
        ("—\"Andiamo\"—disse.", "—“Andiamo”—disse."),
        ("\"Davvero?\" chiese.", "“Davvero?” chiese."),
        ("il 54%\" di sì", "il 54%” di sì"),
    ];
    for (input, expected) in cases {
        assert_eq!(typographic(input), expected, "input {input:?}");
    }
}

#[test]
fn pairing_and_nesting_by_depth() {
    let cases = [
        (
            "«Ha detto “basta“ e se n'è andato», racconta.",
            "“Ha detto ‘basta’ e se n’è andato”, racconta.",
            "«Ha detto “basta” e se n’è andato», racconta.",
            "\"Ha detto 'basta' e se n'è andato\", racconta.",
        ),
        (
            "\"Mi disse: 'Lui ha scritto \"mai\"'.\"",
            "“Mi disse: ‘Lui ha scritto “mai”’.”",
            "«Mi disse: ‘Lui ha scritto “mai”’.»",
            "\"Mi disse: 'Lui ha scritto \"mai\"'.\"",
        ),
        (
            "\"Ciao\", \"grazie\", \"prego\".",
            "“Ciao”, “grazie”, “prego”.",
            "«Ciao», «grazie», «prego».",
            "\"Ciao\", \"grazie\", \"prego\".",
        ),
    ];
    for (input, typographic_out, guillemets_out, ascii_out) in cases {
        assert_eq!(with_style(QuoteStyle::Typographic, input), typographic_out);
        assert_eq!(with_style(QuoteStyle::Guillemets, input), guillemets_out);
        assert_eq!(with_style(QuoteStyle::Ascii, input), ascii_out);
    }
}

#[test]
fn glosses_stay_single_in_every_style() {
    let input = "Il cosiddetto 'lodo' è caduto.";
    assert_eq!(
        with_style(QuoteStyle::Typographic, input),
        "Il cosiddetto ‘lodo’ è caduto."
    );
    assert_eq!(
        with_style(QuoteStyle::Guillemets, input),
        "Il cosiddetto ‘lodo’ è caduto."
    );
    assert_eq!(with_style(QuoteStyle::Ascii, input), input);
}

#[test]
fn a_blank_line_resets_pairing() {
    let input = "Disse: \"vengo\n\nNessuno rispose\" e poi uscì.";
    assert_eq!(
        typographic(input),
        "Disse: “vengo\n\nNessuno rispose” e poi uscì."
    );
    let across_a_line = "Disse: \"vengo\ndomani\" e uscì.";
    assert_eq!(typographic(across_a_line), "Disse: “vengo\ndomani” e uscì.");
}

#[test]
fn apostrophes_between_letters() {
    check_both_apostrophes(
        "l'acqua e un'altra dell'anno",
        "l’acqua e un’altra dell’anno",
    );
    check_both_apostrophes("Sant'Agata, d'Italia, c'è", "Sant’Agata, d’Italia, c’è");
    check_both_apostrophes("il rock'n'roll", "il rock’n’roll");
    check_both_apostrophes(
        "dall'11 settembre, all'8 marzo",
        "dall’11 settembre, all’8 marzo",
    );
}

#[test]
fn apostrophes_of_elided_decades() {
    check_both_apostrophes("negli anni '90", "negli anni ’90");
    check_both_apostrophes("la crisi del '29.", "la crisi del ’29.");
    check_both_apostrophes("\"gli anni '70\", disse", "“gli anni ’70”, disse");
}

#[test]
fn apostrophes_of_initial_elision() {
    check_both_apostrophes("la 'ndrangheta calabrese", "la ’ndrangheta calabrese");
    check_both_apostrophes(
        "cantava 'O sole mio alla finestra",
        "cantava ’O sole mio alla finestra",
    );
    check_both_apostrophes("'Ndrine e cosche", "’Ndrine e cosche");
}

#[test]
fn apostrophes_of_truncation() {
    check_both_apostrophes("un po' di pane", "un po’ di pane");
    check_both_apostrophes("a mo' di esempio", "a mo’ di esempio");
    check_both_apostrophes("be', vedremo", "be’, vedremo");
    check_both_apostrophes(
        "Va' via! Fa' presto, di' la verità.",
        "Va’ via! Fa’ presto, di’ la verità.",
    );
    check_both_apostrophes("'Un po' di pane', chiese.", "‘Un po’ di pane’, chiese.");
    check_both_apostrophes("'Non e' vero', rispose.", "‘Non e’ vero’, rispose.");
}

#[test]
fn apostrophes_typed_for_accents() {
    check_both_apostrophes("perche' no?", "perche’ no?");
    check_both_apostrophes("E' tardi, citta' vuota.", "E’ tardi, citta’ vuota.");
}

#[test]
fn single_quotes_close_after_words() {
    check_both_apostrophes("dicono 'ciao' e 'grazie'.", "dicono ‘ciao’ e ‘grazie’.");
    check_both_apostrophes("la parola 'e' da sola", "la parola ‘e’ da sola");
}

#[test]
fn measurements_stay_as_typed() {
    for text in [
        "alto 6'10\"",
        "uno schermo da 27\"",
        "a 45°28′N",
        "al 93' il gol",
        "6’10”",
    ] {
        for style in [
            QuoteStyle::Typographic,
            QuoteStyle::Guillemets,
            QuoteStyle::Ascii,
        ] {
            assert_eq!(with_style(style, text), text, "{style} on {text:?}");
        }
    }
    // A digit before a straight mark closes an open quotation.
    assert_eq!(
        typographic("scrisse: \"è salito a 27\" e poi"),
        "scrisse: “è salito a 27” e poi"
    );
}

#[test]
fn code_and_emoticons_stay_as_typed() {
    for text in [
        "export LANG=\"it_IT.UTF-8\" e riavvia",
        "imposta name='server' nel file",
        "usa `git commit -m \"fix\"` per salvare",
        "che tristezza :'( davvero",
        "un 7 \" ma niente altro",
    ] {
        for style in [
            QuoteStyle::Typographic,
            QuoteStyle::Guillemets,
            QuoteStyle::Ascii,
        ] {
            assert_eq!(with_style(style, text), text, "{style} on {text:?}");
        }
    }
}

#[test]
fn padding_inside_paired_quotes_is_removed() {
    let cases = [
        ("« Non lascerò »", "“Non lascerò”"),
        ("«\u{a0}Non lascerò\u{a0}»", "“Non lascerò”"),
        ("«\u{202f}Non lascerò\u{2009}»", "“Non lascerò”"),
        ("“ basta ”", "“basta”"),
        ("ha detto.Poi \"basta\" ", "ha detto.Poi “basta” "),
    ];
    for (input, expected) in cases {
        assert_eq!(typographic(input), expected, "input {input:?}");
    }
}

#[test]
fn unbalanced_quotes_keep_their_local_direction() {
    assert_eq!(
        typographic("non commenta\" e se ne va"),
        "non commenta” e se ne va"
    );
    assert_eq!(typographic("e lui: \"basta così"), "e lui: “basta così");
    assert_eq!(
        with_style(QuoteStyle::Guillemets, "non commenta\" e va"),
        "non commenta» e va"
    );
}

#[test]
fn accent_repairs_safe_cases() {
    let cases = [
        ("E' vero, e' tardi.", "È vero, è tardi."),
        ("piu' puo' gia' giu' cio'", "più può già giù ciò"),
        ("si' li' la'", "sì lì là"),
        (
            "perche' poiche' ventitre' trentatre'",
            "perché poiché ventitré trentatré",
        ),
        ("citta' pero' lunedi' virtu'", "città però lunedì virtù"),
        ("PERCHE' CITTA'", "PERCHÉ CITTÀ"),
        (
            "un po' mo' be' to' da' di' fa' sta' va'",
            "un po' mo' be' to' da' di' fa' sta' va'",
        ),
        (
            "ne' de' a' te' se' che' Ca' Foscari",
            "ne' de' a' te' se' che' Ca' Foscari",
        ),
        (
            "non voglio ne' carne ne' pesce.",
            "non voglio né carne né pesce.",
        ),
        ("dicono 'pero' e 'citta'", "dicono 'pero' e 'citta'"),
        ("Qual'è?", "Qual'è?"),
        ("perche’ no", "perché no"),
    ];
    for (input, expected) in cases {
        assert_eq!(repaired(input), expected, "input {input:?}");
    }
}

#[test]
fn wrong_accents() {
    let cases = [
        (
            "perchè, poichè, benchè, finchè",
            "perché, poiché, benché, finché",
        ),
        ("nè l'uno nè l'altro", "né l'uno né l'altro"),
        ("un pò di sale", "un po’ di sale"),
        ("caffè, è, bignè, però", "caffè, è, bignè, però"),
    ];
    for (input, expected) in cases {
        assert_eq!(repaired(input), expected, "input {input:?}");
    }
    let ascii = Normalizer::new()
        .style(QuoteStyle::Ascii)
        .repairs(Repairs::ALL);
    assert_eq!(ascii.normalize("un pò"), "un po'");
}

#[test]
fn mojibake_repairs() {
    let cases = [
        ("la cittÃ\u{a0} Ã¨ bella", "la città è bella"),
        ("lâ€™acqua", "l’acqua"),
        ("â€œciaoâ€\u{9d}", "“ciao”"),
        ("Â«ciaoÂ»", "«ciao»"),
        ("â‚¬ 10", "€ 10"),
        ("ÃƒÂ¨ cosÃ¬", "è così"),
        // Layers mixed in one character: the inner one decoded first.
        ("cosÃ\u{83}¬", "così"),
        ("SÃO PAULO", "SÃO PAULO"),
        ("perch\u{FFFD} no", "perch\u{FFFD} no"),
    ];
    for (input, expected) in cases {
        assert_eq!(repaired(input), expected, "input {input:?}");
    }
}

#[test]
fn nfc_composes() {
    assert_eq!(repaired("citta\u{300} e perche\u{301}"), "città e perché");
}

#[test]
fn repairs_are_off_by_default() {
    let text = "E' l'ora, perchè Ã¨ tardi e perche\u{301}";
    let out = Normalizer::new().style(QuoteStyle::Keep).normalize(text);
    assert_eq!(out, text);
}

#[test]
fn nothing_but_marks_changes() {
    let text = "Ha detto ai cronisti.Poi...  due  spazi \"qui\"";
    assert_eq!(
        typographic(text),
        "Ha detto ai cronisti.Poi...  due  spazi “qui”"
    );
}

#[test]
fn long_runs_of_marks_are_kept_as_typed() {
    // Four or more marks side by side are decoration or breakage, never a
    // quotation four deep; shorter runs are still resolved and nested.
    assert_eq!(
        italiano::normalize(r#"disse """ciao""" e ""ok"" poi """"x"""" fine"#),
        r#"disse “‘“ciao”’” e “‘ok’” poi """"x"""" fine"#
    );
    assert_eq!(italiano::normalize("x ‘‘“” y"), "x ‘‘“” y");
}

#[test]
fn tex_quotes_inside_code_stay_with_their_closing() {
    // A TeX opening inside a code span is code; the `''` it would have
    // closed stays as typed too, so that a second pass reads the same.
    let text = "``ciao'' e `x ``a` poi'' fine";
    assert_eq!(italiano::normalize(text), "“ciao” e `x ``a` poi'' fine");
    let once = italiano::normalize(text).into_owned();
    assert_eq!(italiano::normalize(&once), once);
}

#[test]
fn a_paragraph_whose_quotes_never_settle_keeps_them_as_typed() {
    // Each reading of this paragraph changes how the next pairs its marks;
    // it is left as typed, in every style, and the next paragraph is not.
    // (A fuzzer found it; since `''` before a word reads as one double
    // quote, the paragraph starts `' '` so that it still never settles.)
    let stuck = r#"' '9" '*""N '*""n 'c" '*""i"s" '*"i"''"#;
    let text = format!("{stuck}\n\nDisse \"basta\".");
    let typographic = italiano::normalize(&text).into_owned();
    assert_eq!(typographic, format!("{stuck}\n\nDisse “basta”."));
    let caporali = Normalizer::new().style(QuoteStyle::Guillemets);
    let guillemets = caporali.normalize(&typographic).into_owned();
    assert_eq!(guillemets, format!("{stuck}\n\nDisse «basta»."));
    assert_eq!(italiano::normalize(&guillemets), typographic);
}

#[cfg(feature = "serde")]
#[test]
fn normalized_serializes_text_and_edits() {
    let out = Normalizer::new().normalize_with_edits("Dell'anno «scorso»");
    let json = serde_json::to_value(&out).unwrap();
    assert_eq!(json["text"], "Dell’anno “scorso”");
    let edits = json["edits"].as_array().unwrap();
    assert_eq!(edits.len(), 3);
    assert_eq!(edits[0]["range"]["start"], 4);
    assert_eq!(edits[0]["replacement"], "’");
    assert_eq!(edits[0]["kind"], "Apostrophe");
    assert_eq!(edits[2]["kind"]["ClosingQuote"]["level"], 0);
}

#[test]
fn combining_marks_belong_to_the_letter_before_a_mark() {
    // Decomposed accents (no NFC repair asked) read as the composed ones.
    let cases = [
        "Disse 'cosi\u{300}' e usci\u{300}.",
        "'citta\u{300}' e 'perche\u{301}'",
        "\"caffe\u{300}\" e poi 'gia\u{300}'",
        "l'ho detto a Jose\u{301}'s friend",
    ];
    for case in cases {
        let composed: String = unicode_normalization::UnicodeNormalization::nfc(case).collect();
        let from_decomposed: String =
            unicode_normalization::UnicodeNormalization::nfc(typographic(case).as_str()).collect();
        assert_eq!(from_decomposed, typographic(&composed), "{case:?}");
    }
}

#[test]
fn doubled_apostrophes_make_one_double_quotation_in_every_style() {
    // Forums and text converted from TeX type `''` for `"`, opening and
    // closing: one double quotation, not two nested ones. TeX's own ``…''
    // reads as before.
    let cases = [
        (
            "Il decreto ''piano casa'' è legge.",
            "Il decreto “piano casa” è legge.",
            "Il decreto «piano casa» è legge.",
            "Il decreto \"piano casa\" è legge.",
        ),
        (
            "(''Vengo'', disse) e uscì.",
            "(“Vengo”, disse) e uscì.",
            "(«Vengo», disse) e uscì.",
            "(\"Vengo\", disse) e uscì.",
        ),
        (
            "''Basta!'' gridò. ''Sì'', rispose.",
            "“Basta!” gridò. “Sì”, rispose.",
            "«Basta!» gridò. «Sì», rispose.",
            "\"Basta!\" gridò. \"Sì\", rispose.",
        ),
        (
            "Scrisse ``domani'' e ''dopodomani''.",
            "Scrisse “domani” e “dopodomani”.",
            "Scrisse «domani» e «dopodomani».",
            "Scrisse \"domani\" e \"dopodomani\".",
        ),
        (
            "l''altro giorno",
            "l’’altro giorno",
            "l’’altro giorno",
            "l''altro giorno",
        ),
    ];
    for (input, typographic_out, guillemets_out, ascii_out) in cases {
        assert_eq!(typographic(input), typographic_out, "input {input:?}");
        assert_eq!(
            with_style(QuoteStyle::Guillemets, input),
            guillemets_out,
            "input {input:?}"
        );
        assert_eq!(
            with_style(QuoteStyle::Ascii, input),
            ascii_out,
            "input {input:?}"
        );
        assert_eq!(
            with_style(QuoteStyle::Keep, input),
            input,
            "input {input:?}"
        );
    }
}

#[test]
fn markup_values_stay_as_typed() {
    let cases = [
        // An attribute value after `=` is code, spaces and all.
        (
            r#"<a href="/x" rel="noopener noreferrer">il "sito"</a>"#,
            r#"<a href="/x" rel="noopener noreferrer">il “sito”</a>"#,
        ),
        (
            r#"[Leggi](/portale/){:target="_blank" rel="noopener noreferrer"} e "poi""#,
            r#"[Leggi](/portale/){:target="_blank" rel="noopener noreferrer"} e “poi”"#,
        ),
        (
            r#"{% include avviso.html titolo="Una nota importante" %} il "bando""#,
            r#"{% include avviso.html titolo="Una nota importante" %} il “bando”"#,
        ),
        // A Markdown link title follows the address.
        (
            r#"Vedi [qui](https://esempio.it/a "Pagina di aiuto") o il "manuale"."#,
            r#"Vedi [qui](https://esempio.it/a "Pagina di aiuto") o il “manuale”."#,
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(typographic(input), expected, "input {input:?}");
    }
}

#[test]
fn a_mark_after_a_colon_or_bracket_opens() {
    let cases = [
        ("Ha detto:\" beh, vediamo\"", "Ha detto:“beh, vediamo”"),
        ("Ha detto:\"beh\"", "Ha detto:“beh”"),
        ("(\" vedi sotto\")", "(“vedi sotto”)"),
    ];
    for (input, expected) in cases {
        assert_eq!(typographic(input), expected, "input {input:?}");
    }
}
