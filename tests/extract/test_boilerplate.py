from toolkit.extract.boilerplate import clean, from_dateline, opens_with_dateline, strip_dateline


def generic_finish(lines: list[str]) -> list[str]:
    return clean(from_dateline(lines))


def test_in_body_boilerplate_is_dropped() -> None:
    paragraphs = [
        "KOMPAS.com - Harga beras naik lagi pekan ini.",
        "Baca juga: Harga Cabai Turun di Pasar Induk",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Pedagang mengeluhkan pasokan yang tersendat.",
        "[Gambas:Video 20detik]",
        "Cek Berita dan Artikel yang lain di Google News dan WA Channel",
        "Penulis : Rendi Mahendra",
        "Pemerintah berjanji menambah operasi pasar. (agt)",
    ]
    assert clean(paragraphs) == [
        "Harga beras naik lagi pekan ini.",
        "Pedagang mengeluhkan pasokan yang tersendat.",
        "Pemerintah berjanji menambah operasi pasar.",
    ]


def test_player_labels_cross_links_and_syndication_lines_of_many_indonesian_templates_are_dropped() -> None:
    """Audio players' labels, "Pilihan Editor:"/"Berita terkait:" cross-links, video lead-ins and the syndication
    line a network appends to every copy of a story: none of them the article, on a profile's page or not."""
    paragraphs = [
        "Dengarkan artikel ini",
        "Harga beras naik lagi pekan ini.",
        "Saksikan Video Pilihan di Bawah Ini:",
        "Pilihan Editor: Rupiah Melemah ke Level 15.700 per Dolar AS",
        "Berita terkait: Operasi Pasar Digelar di Sepuluh Kecamatan",
        "Pedagang mengeluhkan pasokan yang tersendat.",
        "Artikel ini telah tayang di Kabarkota.com dengan judul Harga Beras Naik Lagi",
    ]
    assert clean(paragraphs) == ["Harga beras naik lagi pekan ini.", "Pedagang mengeluhkan pasokan yang tersendat."]
    prose = [
        "Pilihan editor majalah itu jatuh pada sampul bergambar petani di sawah.",
        "Artikel ini ditulis ulang oleh redaksi dari laporan warga.",
        "Dengarkan berita radio pagi ini, kata kepala desa kepada warganya.",
    ]
    assert clean(prose) == prose


def test_credit_labels_split_from_their_values_and_a_sign_off_in_capitals_are_dropped() -> None:
    story = ["Harga beras naik lagi pekan ini.", "Pedagang mengeluhkan pasokan."]
    tail = ["Penulis", ": Kontributor Lhokseumawe, Rina", "Editor", ": Budi Santoso", "Sumber", "Jangan Lewatkan!"]
    paragraphs = [*story, *tail, "RINA SARI"]
    assert clean(paragraphs) == story
    assert clean(["Cek berita dan artikel yg lain di Google News", "Isi."]) == ["Isi."]
    assert clean(["PASAR INDUK", "Isi berita."]) == ["PASAR INDUK", "Isi berita."]  # a heading in capitals stays


def test_what_stands_above_the_dateline_is_not_the_article() -> None:
    """The story opens at its dateline; a photo's caption and a standfirst above it are not the story."""
    caption = "KOMPAS.COM/RINA Petugas memeriksa senjata di Lhoksukon, Aceh Utara, Rabu (4/11/2015)."
    opening = "LHOKSEUMAWE, KOMPAS.com - Penyidik melimpahkan berkas perkara ke kejaksaan."
    kept = generic_finish([caption, opening, "Isi."])
    assert len(kept) == 2 and kept[0].endswith("Penyidik melimpahkan berkas perkara ke kejaksaan.")
    wire = "SPRINGFIELD, Ill. (AP) — The council approved the budget."
    assert generic_finish(["The budget passed after six hours.", wire]) == [wire]
    plain = ["The council met on Tuesday.", "Jakarta - a city of ten million - floods each year."]
    assert generic_finish(plain) == plain  # no dateline: nothing above it goes


def test_datelines() -> None:
    assert strip_dateline("Jakarta, CNN Indonesia -- Presiden melantik menteri.") == "Presiden melantik menteri."
    assert strip_dateline("Liputan6.com, Jakarta - Rupiah menguat.") == "Rupiah menguat."
    assert strip_dateline("REPUBLIKA.CO.ID, JAKARTA -- Hujan deras.") == "Hujan deras."
    assert strip_dateline("Bisnis.com, JAKARTA — Ekspor naik.") == "Ekspor naik."
    assert strip_dateline("JAKARTA, KOMPAS.com - Harga naik.") == "Harga naik."
    assert strip_dateline("LHOKSEUMAWE, Tribunnews.com – Hujan deras.") == "Hujan deras."
    # An ordinary sentence with a dash is not a dateline.
    assert strip_dateline("Harga naik - kata pedagang - sejak Senin.") == "Harga naik - kata pedagang - sejak Senin."
    for opening in ("LONDON (Reuters) - Britain", "Mataram, NTB (ANTARA News) - Sebanyak", "JAKARTA - Harga"):
        assert opens_with_dateline(opening), opening
    assert not opens_with_dateline("The council - which met - agreed")


def test_article_sentences_that_mention_the_phrases_stay() -> None:
    text = "Ia meminta warga membaca juga aturan baru sebelum mendaftar, kata Editor senior itu."
    assert clean([text]) == [text]


def test_profile_phrases() -> None:
    assert clean(["Nyaman tanpa iklan. Langganan BisnisPro", "Isi."], drop_phrases=("Member of",)) == ["Isi."]
    assert clean(["Member of Bisnis Group", "Isi."], drop_phrases=("Member of",)) == ["Isi."]


def test_a_profiles_body_also_starts_at_its_dateline() -> None:
    """A site profile's body that opens with the lead photo's caption: the caption is not the story either."""
    from toolkit.extract import extract_html

    story = [
        "JAKARTA, KOMPAS.com - Harga beras di Pasar Induk Cipinang naik lagi pekan ini, kata pedagang kepada wartawan.",
        "Pedagang mengeluhkan pasokan dari Jawa Tengah yang tersendat sejak awal bulan karena hujan deras.",
        "Pemerintah berjanji menambah operasi pasar di sepuluh kecamatan mulai Senin depan.",
    ]
    caption = "KOMPAS.COM/RINA Pedagang beras di Pasar Induk Cipinang, Jakarta, Senin (12/2/2024)."
    body = "".join(f"<p>{p}</p>" for p in [caption, *story])
    html = (f"<html><head><title>Harga beras naik</title></head><body><h1 class='read__title'>Harga beras naik</h1>"
            f"<div class='read__content'>{body}</div></body></html>")  # fmt: skip
    article = extract_html(html, "https://money.kompas.com/read/2024/02/12/10150031/harga-beras-naik")
    assert article.site == "kompas.com"
    assert "Pedagang beras di Pasar Induk" not in article.text
    assert article.text.split("\n\n") == [story[0].removeprefix("JAKARTA, KOMPAS.com - "), *story[1:]]
