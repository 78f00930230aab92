//! One table per convention of the UD Italian treebanks that the UD preset
//! (`Tokenizer::ud()`) follows, and of the default where it differs. Every
//! case is a sentence written for this file that a treebank would annotate
//! the way the table says.

use italiano::tokenize::{Split, TokenKind, Tokenizer};

fn sentences(tokenizer: Tokenizer, text: &str) -> Vec<&str> {
    tokenizer.sentences(text).map(|s| s.text()).collect()
}

fn tokens(tokenizer: Tokenizer, text: &str) -> Vec<&str> {
    tokenizer.tokens(text).map(|t| t.text()).collect()
}

fn words(tokenizer: Tokenizer, text: &str) -> Vec<&str> {
    tokenizer
        .tokens(text)
        .flat_map(|t| t.words_in(text))
        .collect()
}

/// Checks the sentences of each input with the UD preset.
fn check_ud_sentences(cases: &[(&str, &[&str])]) {
    for (input, expected) in cases {
        assert_eq!(
            sentences(Tokenizer::ud(), input),
            *expected,
            "input {input:?}"
        );
    }
}

#[test]
fn lists_and_enumerations() {
    check_ud_sentences(&[
        // Items after a colon, each closed by a semicolon.
        (
            "Sono ammessi i candidati che: a) abbiano la cittadinanza; b) non abbiano condanne.",
            &[
                "Sono ammessi i candidati che:",
                "a) abbiano la cittadinanza;",
                "b) non abbiano condanne.",
            ],
        ),
        (
            "Il bando prevede le seguenti fasi: 1) domanda entro il 30 aprile; 2) colloquio orale.",
            &[
                "Il bando prevede le seguenti fasi:",
                "1) domanda entro il 30 aprile;",
                "2) colloquio orale.",
            ],
        ),
        // A numbered article opens its sentence; the number stays in it.
        (
            "Restano salve le norme vigenti. 12. Disposizioni finali. Il presente regolamento entra in vigore.",
            &[
                "Restano salve le norme vigenti.",
                "12. Disposizioni finali.",
                "Il presente regolamento entra in vigore.",
            ],
        ),
        // An inline list of short items is one sentence.
        (
            "Il lascito comprendeva: Villa Rosa, ettari 12; Podere Alto, ettari 8; Casale, ettari 3.",
            &[
                "Il lascito comprendeva:",
                "Villa Rosa, ettari 12; Podere Alto, ettari 8; Casale, ettari 3.",
            ],
        ),
    ]);
    // Items on lines of their own end a sentence in every setting.
    let text = "Occorrono:\n- 200 g di farina\n- 2 uova\na) prima fase\nb) seconda fase";
    let expected = [
        "Occorrono:",
        "- 200 g di farina",
        "- 2 uova",
        "a) prima fase",
        "b) seconda fase",
    ];
    assert_eq!(sentences(Tokenizer::new(), text), expected);
    assert_eq!(sentences(Tokenizer::ud(), text), expected);
}

#[test]
fn abbreviations_at_the_end_of_a_sentence() {
    check_ud_sentences(&[
        // A number after an abbreviation ends the sentence with its period.
        (
            "Si applica quanto previsto dall'art. 16. Il comma successivo è abrogato.",
            &[
                "Si applica quanto previsto dall'art. 16.",
                "Il comma successivo è abrogato.",
            ],
        ),
        // A list closer gives its period to the sentence.
        (
            "Portate pane, acqua, frutta ecc. Il resto lo offre il comune.",
            &[
                "Portate pane, acqua, frutta ecc.",
                "Il resto lo offre il comune.",
            ],
        ),
        // Titles and dotted forms stay inside.
        (
            "La Dott.ssa Neri dirige la U.O. Pediatria. Riceve il lunedì.",
            &[
                "La Dott.ssa Neri dirige la U.O. Pediatria.",
                "Riceve il lunedì.",
            ],
        ),
        (
            "Nel 49 a.C. Cesare passò il Rubicone.",
            &["Nel 49 a.C. Cesare passò il Rubicone."],
        ),
        // An initial before a name; a capital letter before a word that
        // never starts a name ends the sentence.
        (
            "Lo dirige G. Verdi. Sono misurati i raggi X. Nel frattempo si attende.",
            &[
                "Lo dirige G. Verdi.",
                "Sono misurati i raggi X.",
                "Nel frattempo si attende.",
            ],
        ),
    ]);
    assert_eq!(
        tokens(Tokenizer::ud(), "frutta ecc. Il resto"),
        ["frutta", "ecc", ".", "Il", "resto"]
    );
    assert_eq!(
        tokens(Tokenizer::new(), "frutta ecc. Il resto"),
        ["frutta", "ecc.", "Il", "resto"]
    );
}

#[test]
fn colons_and_semicolons() {
    check_ud_sentences(&[
        (
            "La sentenza è chiara: il ricorso è respinto.",
            &["La sentenza è chiara:", "il ricorso è respinto."],
        ),
        (
            "Il ricorso è respinto; le spese sono compensate.",
            &["Il ricorso è respinto;", "le spese sono compensate."],
        ),
        // A number after a colon goes on the sentence, unless it opens an
        // item.
        (
            "Presenti alle ore 9: 40 persone in sala.",
            &["Presenti alle ore 9: 40 persone in sala."],
        ),
    ]);
    // The default ends a sentence at `:` and `;` only before a capital.
    let default = Tokenizer::new();
    assert_eq!(
        sentences(default, "La sentenza è chiara: il ricorso è respinto."),
        ["La sentenza è chiara: il ricorso è respinto."]
    );
    assert_eq!(
        sentences(default, "Visto il decreto; Considerato il parere."),
        ["Visto il decreto;", "Considerato il parere."]
    );
    // Each mark can be set on its own.
    let never = Tokenizer::ud()
        .split_at_colon(Split::Never)
        .split_at_semicolon(Split::Never);
    assert_eq!(
        sentences(never, "Esito: respinto; Spese: compensate."),
        ["Esito: respinto; Spese: compensate."]
    );
    let colon_only = Tokenizer::new().split_at_colon(Split::Always);
    assert_eq!(
        sentences(colon_only, "Esito: respinto; spese compensate."),
        ["Esito:", "respinto; spese compensate."]
    );
}

#[test]
fn titles_and_headings() {
    let text =
        "Art. 4\nDurata del contratto\nIl contratto dura tre anni e si rinnova\nautomaticamente.";
    let expected = [
        "Art. 4",
        "Durata del contratto",
        "Il contratto dura tre anni e si rinnova\nautomaticamente.",
    ];
    assert_eq!(sentences(Tokenizer::new(), text), expected);
    assert_eq!(sentences(Tokenizer::ud(), text), expected);
    // A blank line ends a title without a final stop.
    assert_eq!(
        sentences(
            Tokenizer::ud(),
            "Cronaca di Milano\n\nIeri sera è crollato un balcone."
        ),
        ["Cronaca di Milano", "Ieri sera è crollato un balcone."]
    );
    // Wrapped prose goes on at a capitalized name.
    assert_eq!(
        sentences(
            Tokenizer::new(),
            "Il sindaco ha ricevuto in municipio la delegazione guidata da\nPaolo Conti."
        ),
        ["Il sindaco ha ricevuto in municipio la delegazione guidata da\nPaolo Conti."]
    );
}

#[test]
fn quotations_and_brackets_that_close_a_sentence() {
    check_ud_sentences(&[
        (
            "Disse: «Non firmo.» Poi uscì.",
            &["Disse:", "«Non firmo.»", "Poi uscì."],
        ),
        (
            "La norma è chiara (art. 3, comma 2.) Nessuno la contesta.",
            &[
                "La norma è chiara (art. 3, comma 2.)",
                "Nessuno la contesta.",
            ],
        ),
        (
            "Ha scritto “arrivo domani.”Poi il silenzio.",
            &["Ha scritto “arrivo domani.", "”Poi il silenzio."],
        ),
    ]);
}

#[test]
fn social_text_tokens() {
    let ud = Tokenizer::ud();
    let cases: &[(&str, &[&str])] = &[
        // Emoticons, runs of one emoji, emoji sequences.
        (
            "che bello :-) 😂😂😂 👍🏽👍🏽 🇮🇹",
            &["che", "bello", ":-)", "😂😂😂", "👍🏽👍🏽", "🇮🇹"],
        ),
        ("wow *o* ok", &["wow", "*o*", "ok"]),
        // Hashtags and mentions, with their joiners.
        (
            "#no-tav #lacrime&sangue #l'amica @Comune_Roma",
            &["#no-tav", "#lacrime&sangue", "#l'amica", "@Comune_Roma"],
        ),
        // Repeated punctuation and brackets.
        (
            "Davvero?!? No!... ((forse))",
            &["Davvero", "?!?", "No", "!...", "((", "forse", "))"],
        ),
        // Elongated words stay whole.
        ("bellissimoooo sìììì", &["bellissimoooo", "sìììì"]),
        // URLs: a t.co link has one path segment; short links without a
        // scheme; a link ends at a Markdown bracket.
        (
            "http://t.co/AbCd1234/via @redazione bit.ly/3xYz e [qui](https://esempio.it/a)",
            &[
                "http://t.co/AbCd1234",
                "/",
                "via",
                "@redazione",
                "bit.ly/3xYz",
                "e",
                "[",
                "qui",
                "]",
                "(",
                "https://esempio.it/a",
                ")",
            ],
        ),
        // Truncated words keep their apostrophe; a word cut before a link
        // keeps its ellipsis.
        (
            "un po' di pazienza, mo' basta",
            &["un", "po'", "di", "pazienza", ",", "mo'", "basta"],
        ),
        (
            "Il governo annunc... http://t.co/Zz9",
            &["Il", "governo", "annunc...", "http://t.co/Zz9"],
        ),
        // A scale abbreviated against its number is a word of its own.
        ("tagli per 12mld", &["tagli", "per", "12", "mld"]),
    ];
    for (input, expected) in cases {
        assert_eq!(tokens(ud, input), *expected, "input {input:?}");
    }
    let kinds: Vec<TokenKind> = ud
        .tokens("#no-tav 😂😂 bit.ly/3xYz")
        .map(|t| t.kind())
        .collect();
    assert_eq!(
        kinds,
        [TokenKind::Hashtag, TokenKind::Emoji, TokenKind::Url]
    );
    // Multiword tokens are still expanded in social text.
    assert_eq!(
        words(ud, "#scuola nel 2015, dai! vediamoci dai ragazzi"),
        ["#scuola", "in", "il", "2015", ",", "dai", "!", "vediamo", "ci", "da", "i", "ragazzi"]
    );
}

#[test]
fn emails_and_apostrophes() {
    let cases: &[(&str, &[&str])] = &[
        (
            "scrivete a mario.rossi@comune.esempio.it oggi",
            &["scrivete", "a", "mario.rossi@comune.esempio.it", "oggi"],
        ),
        (
            "apri anpr.md e bando.pdf",
            &["apri", "anpr.md", "e", "bando.pdf"],
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(
            tokens(Tokenizer::new(), input),
            *expected,
            "input {input:?}"
        );
    }
    // Every apostrophe the docs list splits an elision.
    for mark in ['\'', '’', 'ʼ', '‘', '´', '′'] {
        let text = format!("l{mark}acqua");
        let expected = [format!("l{mark}"), "acqua".to_string()];
        assert_eq!(tokens(Tokenizer::new(), &text), expected, "mark {mark:?}");
    }
}

#[test]
fn hyphens_slashes_and_ud_words() {
    let ud = Tokenizer::ud();
    let cases: &[(&str, &[&str])] = &[
        (
            "il centro-destra e l'e-mail",
            &["il", "centro", "-", "destra", "e", "l'", "e-mail"],
        ),
        ("l'ex-sindaco", &["l'", "ex-sindaco"]),
        (
            "il contesto storico-culturale",
            &["il", "contesto", "storico-culturale"],
        ),
        (
            "Jean-Paul vive in Renania-Palatinato",
            &["Jean", "-", "Paul", "vive", "in", "Renania-Palatinato"],
        ),
        (
            "la legge 241/1990 del 7/8/1990",
            &["la", "legge", "241", "/", "1990", "del", "7/8/1990"],
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(tokens(ud, input), *expected, "input {input:?}");
    }
    assert_eq!(
        tokens(Tokenizer::new(), "la legge 241/1990"),
        ["la", "legge", "241/1990"]
    );
    // Partitive articles and surnames are one word; contracted forms are
    // two.
    let cases: &[(&str, &[&str])] = &[
        ("sono dei campioni", &["sono", "dei", "campioni"]),
        ("con delle riserve", &["con", "delle", "riserve"]),
        ("il libro dei sogni", &["il", "libro", "di", "i", "sogni"]),
        (
            "ha segnato Alessandro Del Piero",
            &["ha", "segnato", "Alessandro", "Del", "Piero"],
        ),
        ("Del resto", &["Di", "il", "resto"]),
        ("vendesi villa", &["vende", "si", "villa"]),
        (
            "ha parlato Nichi Vendola",
            &["ha", "parlato", "Nichi", "Vendola"],
        ),
        ("tre infarti", &["tre", "infarti"]),
    ];
    for (input, expected) in cases {
        assert_eq!(words(ud, input), *expected, "input {input:?}");
    }
}
