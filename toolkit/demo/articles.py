"""The demo site's articles: written for this project, and the gold that tests and the demo's F1 use.

`pages` holds each page's paragraphs (a list per page). For a premium article, `teaser` is how many
paragraphs of page 1 a reader sees without logging in.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoArticle:
    id: int
    template: str  # "bisnis" (bisnis.com-like, body injected by script) or "kabar" (unknown to any profile)
    slug: str
    title: str
    lead: str
    pages: tuple[tuple[str, ...], ...]
    authors: tuple[str, ...]
    editors: tuple[str, ...]
    date: str  # "2025-07-29 18:27", WIB
    section: str
    tags: tuple[str, ...]
    caption: str
    teaser: int | None = None
    """Premium: how many paragraphs of page 1 a reader sees without logging in."""
    lazy: int = 0  # kabar: how many closing paragraphs load only when scrolled into view
    related: tuple[int, ...] = field(default=())

    @property
    def path(self) -> str:
        if self.template == "bisnis":
            day = self.date[:10].replace("-", "")
            return f"/read/{day}/9/{self.id}/{self.slug}"
        return f"/kabar/{self.date[:10].replace('-', '/')}/{self.slug}.html"

    @property
    def premium(self) -> bool:
        return self.teaser is not None

    def full_text(self) -> str:
        """What `text` must be for a reader who sees everything."""
        body = [p for page in self.pages for p in page]
        return "\n\n".join([self.lead, *body] if self.lead else body)

    def teaser_text(self) -> str:
        """What `text` must be for a reader stopped by the wall."""
        teaser = list(self.pages[0][: self.teaser or 0])
        return "\n\n".join([self.lead, *teaser] if self.lead else teaser)


ARTICLES: tuple[DemoArticle, ...] = (
    DemoArticle(
        id=1001,
        template="bisnis",
        slug="rupiah-menguat-didorong-aliran-modal-asing",
        title="Rupiah Menguat ke Rp15.820 Didorong Aliran Modal Asing",
        lead="Nilai tukar rupiah ditutup menguat pada perdagangan Selasa sore seiring derasnya aliran modal asing ke pasar obligasi.",
        pages=(
            (
                "Rupiah ditutup menguat 0,42 persen ke level Rp15.820 per dolar AS pada akhir perdagangan Selasa, mencatat penguatan harian terbesar dalam tiga pekan terakhir.",
                "Kepala ekonom sebuah bank swasta nasional, Laras Wibisono, menilai penguatan itu ditopang oleh minat investor asing terhadap Surat Berharga Negara bertenor sepuluh tahun yang imbal hasilnya masih menarik dibandingkan negara tetangga.",
                "Menurut Laras, data inflasi domestik yang terkendali memberi ruang bagi investor untuk kembali menambah porsi aset rupiah setelah sempat mengurangi kepemilikan pada awal bulan.",
                "Data otoritas moneter menunjukkan aliran masuk bersih ke pasar obligasi mencapai Rp6,3 triliun sepanjang pekan lalu, tertinggi sejak awal kuartal.",
                "Di sisi lain, indeks dolar AS melemah tipis setelah rilis data ketenagakerjaan Amerika Serikat yang lebih lemah daripada perkiraan pasar.",
                "Pelaku pasar kini menanti hasil rapat dewan gubernur bank sentral pekan depan, yang diperkirakan mempertahankan suku bunga acuan di level saat ini.",
                "Laras memperkirakan rupiah akan bergerak di kisaran Rp15.750 hingga Rp15.900 per dolar AS hingga akhir bulan, dengan catatan tidak ada gejolak baru dari pasar global.",
            ),
        ),
        authors=("Dimas Pratama",),
        editors=("Ratna Sari",),
        date="2025-07-29 18:27",
        section="Market",
        tags=("Rupiah", "Nilai Tukar", "Obligasi"),
        caption="Petugas menghitung uang pecahan dolar AS di sebuah gerai penukaran valuta asing di Jakarta.",
        related=(1002, 1003),
    ),
    DemoArticle(
        id=1002,
        template="bisnis",
        slug="ekspor-kopi-robusta-lampung-naik",
        title="Ekspor Kopi Robusta Lampung Naik 12 Persen pada Semester I",
        lead="Volume ekspor kopi robusta dari Lampung tumbuh dua digit pada paruh pertama tahun ini berkat permintaan dari Eropa dan Timur Tengah.",
        pages=(
            (
                "Dinas Perdagangan Provinsi Lampung mencatat volume ekspor kopi robusta mencapai 118.400 ton pada semester I, naik 12 persen dibandingkan periode yang sama tahun lalu.",
                "Kepala bidang ekspor dinas tersebut, Hendra Saputra, mengatakan kenaikan itu terutama didorong oleh permintaan dari Jerman, Italia, dan Mesir yang menambah kontrak pembelian sejak awal tahun.",
                "Harga kopi di tingkat petani ikut terdongkrak. Di Kabupaten Tanggamus, harga biji kopi asalan kini berada di kisaran Rp62.000 per kilogram, hampir dua kali lipat dibandingkan dua tahun lalu.",
                "Meski demikian, Hendra mengingatkan bahwa produktivitas kebun rakyat masih rendah karena banyak tanaman yang sudah berusia lebih dari dua puluh tahun.",
            ),
            (
                "Pemerintah provinsi menyiapkan program peremajaan untuk 5.000 hektare kebun kopi tahun depan dengan bibit unggul hasil sambung pucuk.",
                "Asosiasi eksportir kopi setempat menyambut baik rencana tersebut, tetapi meminta agar pendampingan pascapanen diperkuat supaya mutu biji yang diekspor lebih seragam.",
                "Ketua asosiasi, Maya Kartika, menyebut pembeli Eropa kini mensyaratkan bukti ketertelusuran asal kopi, sehingga pencatatan di tingkat kebun menjadi kebutuhan mendesak.",
                "Dengan tren harga yang masih tinggi, para eksportir optimistis total ekspor kopi Lampung tahun ini dapat melampaui 230.000 ton.",
            ),
        ),
        authors=("Yusuf Hidayat",),
        editors=("Ratna Sari",),
        date="2025-08-04 09:15",
        section="Ekonomi",
        tags=("Kopi", "Ekspor", "Lampung"),
        caption="Petani menjemur biji kopi robusta di Kabupaten Tanggamus, Lampung.",
        related=(1001, 1003),
    ),
    DemoArticle(
        id=1003,
        template="bisnis",
        slug="strategi-bank-daerah-hadapi-suku-bunga-tinggi",
        title="Strategi Bank Daerah Menghadapi Era Suku Bunga Tinggi",
        lead="Bank pembangunan daerah menata ulang portofolio kredit dan pendanaan agar margin tetap terjaga ketika biaya dana meningkat.",
        pages=(
            (
                "Sejumlah bank pembangunan daerah mulai mengurangi ketergantungan pada deposito berbunga tinggi dan memperluas basis tabungan melalui kerja sama dengan pemerintah kabupaten.",
                "Direktur utama salah satu bank daerah di Jawa, Bagus Santoso, mengatakan porsi dana murah di banknya naik menjadi 58 persen berkat penyaluran gaji aparatur sipil melalui rekening tabungan.",
                "Langkah itu menekan biaya dana sekitar 35 basis poin dalam enam bulan, sehingga margin bunga bersih bank relatif stabil meski suku bunga acuan bertahan tinggi.",
                "Di sisi kredit, bank daerah mengalihkan fokus dari kredit konsumtif ke pembiayaan usaha mikro di sektor pangan yang risikonya dinilai lebih terukur.",
                "Analis perbankan menilai strategi tersebut tepat, namun mengingatkan bahwa kualitas kredit usaha mikro sangat bergantung pada pendampingan dan data debitur yang akurat.",
                "Otoritas pengawas juga mendorong konsolidasi bank daerah berskala kecil agar mampu berinvestasi pada teknologi dan manajemen risiko.",
            ),
        ),
        authors=("Anisa Rahmawati",),
        editors=("Dimas Pratama",),
        date="2025-08-11 07:40",
        section="Finansial",
        tags=("Bank Daerah", "Suku Bunga", "Perbankan"),
        caption="Nasabah melakukan transaksi di kantor cabang sebuah bank pembangunan daerah.",
        teaser=2,
        related=(1001, 1002),
    ),
    DemoArticle(
        id=2001,
        template="kabar",
        slug="warga-sukamaju-bangun-pembangkit-mikrohidro",
        title="Warga Sukamaju Bangun Pembangkit Listrik Mikrohidro Sendiri",
        lead="",
        pages=(
            (
                "Warga Desa Sukamaju di lereng Gunung Halimun kini menikmati listrik selama 24 jam dari pembangkit mikrohidro yang mereka bangun secara swadaya.",
                "Pembangkit berkapasitas 40 kilowatt itu memanfaatkan aliran sungai kecil yang melintas di tepi desa dan mulai beroperasi penuh sejak bulan lalu.",
                "Ketua pengelola, Asep Mulyana, mengatakan warga menyisihkan iuran selama tiga tahun dan bergotong royong menggali saluran air sepanjang 600 meter.",
                "Sebelumnya, sebagian besar rumah di desa itu hanya mengandalkan genset yang dinyalakan beberapa jam setiap malam dengan biaya bahan bakar yang tinggi.",
                "Kini listrik juga dipakai untuk menggerakkan mesin penggiling kopi dan pengering gabah milik kelompok tani setempat.",
                "Pengelola menetapkan tarif bulanan yang disepakati bersama, dan sebagian hasilnya disisihkan untuk perawatan turbin.",
                "Pemerintah kabupaten berencana menjadikan Sukamaju sebagai contoh bagi desa-desa lain yang memiliki potensi aliran sungai serupa.",
            ),
        ),
        authors=("Siti Nurhaliza Putri",),
        editors=(),
        date="2025-08-14 10:05",
        section="Nusantara",
        tags=("Energi Terbarukan", "Desa", "Mikrohidro"),
        caption="Turbin pembangkit listrik mikrohidro di Desa Sukamaju.",
        lazy=3,
    ),
    DemoArticle(
        id=2002,
        template="kabar",
        slug="festival-kuliner-nusantara-surabaya",
        title="Festival Kuliner Nusantara Ramaikan Akhir Pekan di Surabaya",
        lead="",
        pages=(
            (
                "Ribuan pengunjung memadati Festival Kuliner Nusantara yang digelar di kawasan Taman Bungkul, Surabaya, sejak Jumat hingga Minggu.",
                "Sebanyak 120 pelaku usaha kuliner dari 18 provinsi menyajikan hidangan khas daerah, mulai dari papeda, coto makassar, hingga gudeg kering.",
                "Panitia mencatat transaksi selama tiga hari mencapai Rp2,4 miliar, melampaui target yang ditetapkan sebelum acara.",
                "Salah satu peserta, pedagang rendang asal Padang bernama Yulia Efendi, mengaku dagangannya habis sebelum sore pada hari kedua.",
                "Pemerintah kota berencana menggelar festival serupa dua kali setahun untuk mendorong kunjungan wisatawan ke Surabaya.",
            ),
        ),
        authors=("Bayu Firmansyah", "Dewi Lestari"),
        editors=(),
        date="2025-09-06 16:30",
        section="Gaya Hidup",
        tags=("Kuliner", "Surabaya", "Festival"),
        caption="Pengunjung mengantre di salah satu stan Festival Kuliner Nusantara.",
    ),
    DemoArticle(
        id=2003,
        template="kabar",
        slug="analisis-harga-beras-jelang-panen-raya",
        title="Analisis: Mengapa Harga Beras Tetap Tinggi Menjelang Panen Raya",
        lead="",
        pages=(
            (
                "Harga beras medium di pasar tradisional bertahan di atas Rp13.500 per kilogram meski musim panen raya tinggal beberapa pekan lagi.",
                "Pengamat pertanian dari sebuah universitas negeri, Rudi Hartono, menilai stok di tingkat penggilingan menipis karena panen musim lalu lebih kecil akibat kemarau panjang.",
                "Menurut Rudi, penggilingan kecil kini bersaing dengan pabrik besar untuk mendapatkan gabah, sehingga harga gabah kering panen terdorong naik hingga Rp7.200 per kilogram.",
                "Kenaikan harga gabah itu kemudian diteruskan ke harga beras di tingkat pedagang besar, dan akhirnya ke konsumen di pasar tradisional.",
                "Pemerintah telah menggelontorkan beras cadangan melalui operasi pasar, tetapi volumenya dinilai belum cukup untuk menekan harga di luar Jawa.",
                "Rudi memperkirakan harga baru akan turun sekitar dua pekan setelah puncak panen, ketika pasokan gabah dari sentra produksi mulai melimpah.",
            ),
        ),
        authors=("Rahmat Hidayat",),
        editors=(),
        date="2025-09-18 06:00",
        section="Ekonomi",
        tags=("Beras", "Pangan", "Harga"),
        caption="Pedagang menata karung beras di Pasar Induk Cipinang.",
        teaser=2,
    ),
    DemoArticle(
        id=2004,
        template="kabar",
        slug="jejak-rempah-maluku",
        title="Jejak Rempah Maluku: Dari Banda hingga Pasar Dunia",
        lead="",
        pages=(
            (
                "Pulau Banda yang kecil di Laut Maluku pernah menjadi satu-satunya sumber pala di dunia dan diperebutkan oleh kekuatan dagang Eropa selama berabad-abad.",
                "Di kebun-kebun pala yang dinaungi pohon kenari tua, warga masih memetik buah pala dengan galah bambu seperti yang dilakukan leluhur mereka.",
                "Seorang petani, Hasan Lating, menunjukkan biji pala yang dibalut fuli merah menyala, bagian yang harganya bisa berlipat dibandingkan bijinya.",
            ),
            (
                "Sejarawan menyebut perdagangan pala dan cengkih membentuk jalur pelayaran yang menghubungkan Maluku dengan Malaka, Gujarat, hingga Venesia.",
                "Jejak masa itu masih terlihat pada benteng-benteng tua dan rumah perkenier yang berdiri di sepanjang pantai Banda Neira.",
            ),
            (
                "Kini pemerintah daerah berupaya menghidupkan kembali kejayaan rempah lewat sertifikasi indikasi geografis untuk pala Banda.",
                "Para petani berharap sertifikasi itu membuka pasar ekspor baru dengan harga yang lebih adil bagi kebun rakyat.",
            ),
        ),
        authors=("Maria Latuconsina",),
        editors=(),
        date="2025-10-02 08:45",
        section="Nusantara",
        tags=("Rempah", "Maluku", "Sejarah"),
        caption="Buah pala yang baru dipetik di sebuah kebun di Pulau Banda.",
    ),
)

BY_ID = {article.id: article for article in ARTICLES}
DEMO_USER = "pembaca@demo.test"
DEMO_PASSWORD = "kopi-tubruk-2025"
