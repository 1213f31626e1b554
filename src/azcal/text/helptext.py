# ruff: noqa: E501  (a catalogue: each text whole on its line, as its English key is)
"""The command's help in Azerbaijani and Russian, keyed by its English text (as gettext keys by msgid)."""

from __future__ import annotations

HEADINGS: dict[str, dict[str, str]] = {  # what argparse's help formatter writes itself
    "usage: ": {"az": "istifadə: ", "ru": "использование: "},
    "positional arguments": {"az": "arqumentlər", "ru": "аргументы"},
    "options": {"az": "seçimlər", "ru": "параметры"},
}

HELP: dict[str, dict[str, str]] = {
    "Azerbaijan's working-time calendar.": {
        "az": "Azərbaycanın iş vaxtı təqvimi.",
        "ru": "Календарь рабочего времени Азербайджана.",
    },
    "Run 'azcal COMMAND -h' for a command's options. With no command: the year view.": {
        "az": "Əmrin seçimləri üçün: 'azcal ƏMR -h'. Əmrsiz: ilin görünüşü.",
        "ru": "Параметры команды: 'azcal КОМАНДА -h'. Без команды: обзор года.",
    },
    "show this help message and exit": {"az": "bu kömək mətnini göstər və çıx", "ru": "показать эту справку и выйти"},
    "the versions of azcal and its data": {
        "az": "azcal-ın və məlumatlarının versiyaları",
        "ru": "версии azcal и его данных",
    },
    "the year at a glance (default command)": {
        "az": "il bir baxışda (əsas əmr)",
        "ru": "год одним взглядом (команда по умолчанию)",
    },
    "one month at a glance (also: azcal 2025-03)": {
        "az": "bir ay bir baxışda (həmçinin: azcal 2025-03)",
        "ru": "один месяц одним взглядом (также: azcal 2025-03)",
    },
    "today in Baku: its status, the next working day, its break": {
        "az": "Bakıda bu gün: statusu, növbəti iş günü, istirahət günləri",
        "ru": "сегодня в Баку: статус, следующий рабочий день, период отдыха",
    },
    "a date's status and why, or each date's in [DATE, END)": {
        "az": "tarixin statusu və səbəbi, və ya [TARİX, SON) aralığındakı hər tarixin",
        "ru": "статус даты и почему, или каждой даты в [ДАТА, КОНЕЦ)",
    },
    "exit 0 on a working day, 1 on a day off, 2 for bad input (for scripts)": {
        "az": "iş günü 0, qeyri-iş günü 1, səhv giriş 2 ilə çıxır (skriptlər üçün)",
        "ru": "код 0 в рабочий день, 1 в нерабочий, 2 при ошибке ввода (для скриптов)",
    },
    "the days that acts adopted after --since changed, and the acts": {
        "az": "--since tarixindən sonra qəbul edilmiş aktların dəyişdiyi günlər və aktlar",
        "ru": "дни, изменённые актами, принятыми после --since, и сами акты",
    },
    "runs of consecutive days off in a year": {
        "az": "ildə ardıcıl qeyri-iş günləri",
        "ru": "периоды нерабочих дней подряд за год",
    },
    "working days in [START, END), or in a PERIOD": {
        "az": "[BAŞLANĞIC, SON) aralığında və ya DÖVRDƏ iş günləri",
        "ru": "рабочие дни в [НАЧАЛО, КОНЕЦ) или в ПЕРИОДЕ",
    },
    "the date N working days after DATE": {
        "az": "TARİXDƏN N iş günü sonrakı tarix",
        "ru": "дата через N рабочих дней после ДАТЫ",
    },
    "working days and hours per month (payroll)": {
        "az": "aylar üzrə iş günləri və saatları (əmək haqqı)",
        "ru": "рабочие дни и часы по месяцам (для расчёта зарплаты)",
    },
    "working hours in [START, END), or in a PERIOD": {
        "az": "[BAŞLANĞIC, SON) aralığında və ya DÖVRDƏ iş saatları",
        "ru": "рабочие часы в [НАЧАЛО, КОНЕЦ) или в ПЕРИОДЕ",
    },
    "where an annual leave of DAYS calendar days ends": {
        "az": "GÜN təqvim günlük məzuniyyətin harada bitdiyi",
        "ru": "когда кончается ежегодный отпуск в ДНИ календарных дней",
    },
    "an iCalendar file of one or more years (RFC 5545)": {
        "az": "bir və ya bir neçə ilin iCalendar faylı (RFC 5545)",
        "ru": "файл iCalendar за один или несколько лет (RFC 5545)",
    },
    "a printable year page: months, days, norms (one A4 page)": {
        "az": "çap üçün il səhifəsi: aylar, günlər, normalar (bir A4 səhifə)",
        "ru": "страница года для печати: месяцы, дни, нормы (один лист A4)",
    },
    "the HTTP service: the isdayoff API, a JSON API and files (azcal[server])": {
        "az": "HTTP xidməti: isdayoff API, JSON API və fayllar (azcal[server])",
        "ru": "HTTP-сервис: API isdayoff, JSON API и файлы (azcal[server])",
    },
    "the shell completion script for bash, zsh or fish": {
        "az": "bash, zsh və ya fish üçün avtotamamlama skripti",
        "ru": "скрипт автодополнения для bash, zsh или fish",
    },
    "check rules files: every problem listed; exit 1 if there is any": {
        "az": "qaydalar fayllarını yoxla: hər problem göstərilir; problem varsa 1 ilə çıxır",
        "ru": "проверить файлы правил: каждая ошибка в списке; код 1, если они есть",
    },
    "the language of names and text (default: AZCAL_LANG, else the locale's, else az)": {
        "az": "adların və mətnin dili (əsas: AZCAL_LANG, yoxsa lokalın dili, yoxsa az)",
        "ru": "язык названий и текста (по умолчанию: AZCAL_LANG, иначе язык локали, иначе az)",
    },
    "the calendar as known on DATE (later decisions ignored)": {
        "az": "TARİXDƏ məlum olan təqvim (sonrakı qərarlar nəzərə alınmır)",
        "ru": "календарь, каким он был известен на ДАТУ (более поздние решения не учитываются)",
    },
    "layer your own rules file over the official data (may repeat)": {
        "az": "rəsmi məlumatların üzərinə öz qaydalar faylınız (təkrar oluna bilər)",
        "ru": "свой файл правил поверх официальных данных (можно несколько)",
    },
    "working days a week: 5, or 6 (Monday to Saturday) (default: 5)": {
        "az": "həftədə iş günləri: 5 və ya 6 (bazar ertəsindən şənbəyə) (əsas: 5)",
        "ru": "рабочих дней в неделю: 5 или 6 (с понедельника по субботу) (по умолчанию: 5)",
    },
    "print JSON for scripts": {"az": "skriptlər üçün JSON çap et", "ru": "вывести JSON для скриптов"},
    "the year (default: this year)": {"az": "il (əsas: bu il)", "ru": "год (по умолчанию: текущий)"},
    "also print the named days (on a terminal they are left out, to keep the grid on screen)": {
        "az": "adlı günləri də göstər (terminalda cədvəl ekranda qalsın deyə göstərilmir)",
        "ru": "показать и особые дни (в терминале они опускаются, чтобы сетка оставалась на экране)",
    },
    "the end of a range of days (not included)": {
        "az": "günlər aralığının sonu (daxil deyil)",
        "ru": "конец диапазона дней (не включается)",
    },
    "also print the day's status": {"az": "günün statusunu da çap et", "ru": "вывести и статус дня"},
    "the calendar as known on DATE": {"az": "TARİXDƏ məlum olan təqvim", "ru": "календарь, известный на ДАТУ"},
    "against the calendar as known on DATE (default: the data in use)": {
        "az": "TARİXDƏ məlum olan təqvimlə müqayisədə (əsas: istifadə olunan məlumatlar)",
        "ru": "в сравнении с календарём, известным на ДАТУ (по умолчанию: текущие данные)",
    },
    "a date, or a period: 2026, 2026-03, 2026-Q1": {
        "az": "tarix və ya dövr: 2026, 2026-03, 2026-Q1",
        "ru": "дата или период: 2026, 2026-03, 2026-Q1",
    },
    "where to start when DATE is not a working day (default: following)": {
        "az": "TARİX iş günü olmadıqda haradan başlamaq (əsas: following)",
        "ru": "откуда начинать, если ДАТА не рабочий день (по умолчанию: following)",
    },
    "the working week: 40 hours, or the reduced 36 or 24 (default: 40)": {
        "az": "iş həftəsi: 40 saat və ya qısaldılmış 36 və ya 24 (əsas: 40)",
        "ru": "рабочая неделя: 40 часов или сокращённая 36 или 24 (по умолчанию: 40)",
    },
    "calendar days of leave": {"az": "məzuniyyətin təqvim günləri", "ru": "календарные дни отпуска"},
    "a year or a range such as 2025-2027": {
        "az": "il və ya 2025-2027 kimi aralıq",
        "ru": "год или диапазон вида 2025-2027",
    },
    "write to FILE, replaced whole (default: standard output)": {
        "az": "FAYLA yaz, tam əvəz olunur (əsas: standart çıxış)",
        "ru": "записать в ФАЙЛ целиком (по умолчанию: стандартный вывод)",
    },
    "one event per day, or per run of days (default: day)": {
        "az": "hər günə və ya ardıcıl günlərə bir hadisə (əsas: day)",
        "ru": "одно событие на день или на период дней (по умолчанию: day)",
    },
    "write to FILE, whole or not at all (default: standard output)": {
        "az": "FAYLA ya tam yaz, ya heç yazma (əsas: standart çıxış)",
        "ru": "записать в ФАЙЛ целиком или не записывать вовсе (по умолчанию: стандартный вывод)",
    },
    "the address to listen on (default: 127.0.0.1)": {
        "az": "dinləniləcək ünvan (əsas: 127.0.0.1)",
        "ru": "адрес для приёма соединений (по умолчанию: 127.0.0.1)",
    },
    "the port to listen on (default: 8000)": {
        "az": "dinləniləcək port (əsas: 8000)",
        "ru": "порт для приёма соединений (по умолчанию: 8000)",
    },
    "worker processes (default: 1)": {"az": "işçi proseslər (əsas: 1)", "ru": "рабочие процессы (по умолчанию: 1)"},
    "your own rules file (may repeat)": {
        "az": "öz qaydalar faylınız (təkrar oluna bilər)",
        "ru": "свой файл правил (можно несколько)",
    },
    "the week answered when a request names none (default: 5)": {
        "az": "sorğu həftəni göstərmədikdə cavab verilən həftə (əsas: 5)",
        "ru": "неделя для запросов, где она не указана (по умолчанию: 5)",
    },
    "check the packaged official data instead of FILEs (as CI does)": {
        "az": "FAYLLAR əvəzinə paketdəki rəsmi məlumatları yoxla (CI kimi)",
        "ru": "проверить официальные данные пакета вместо ФАЙЛОВ (как CI)",
    },
    "comma-separated kinds of event: holidays, mourning, voting, rest_days, working_weekends, shortened, memorial, declared_mourning (default: all but declared_mourning)": {
        "az": "vergüllə ayrılmış hadisə növləri: holidays, mourning, voting, rest_days, working_weekends, shortened, memorial, declared_mourning (əsas: declared_mourning-dən başqa hamısı)",
        "ru": "виды событий через запятую: holidays, mourning, voting, rest_days, working_weekends, shortened, memorial, declared_mourning (по умолчанию: все, кроме declared_mourning)",
    },
    "the calendar as CSV, JSON, an Excel workbook or xmlcalendar": {
        "az": "təqvim CSV, JSON, Excel iş kitabı və ya xmlcalendar kimi",
        "ru": "календарь в CSV, JSON, книге Excel или xmlcalendar",
    },
    "csv, json, xlsx (Excel), xmlcalendar, 1c (1c-en: an English configuration), erpnext (erpnext-csv: its Data Import), odoo or parquet (docs/exports.md)": {
        "az": "csv, json, xlsx (Excel), xmlcalendar, 1c (1c-en: ingiliscə konfiqurasiya), erpnext (erpnext-csv: onun Data Import-u), odoo və ya parquet (docs/exports.md)",
        "ru": "csv, json, xlsx (Excel), xmlcalendar, 1c (1c-en: английская конфигурация), erpnext (erpnext-csv: его Data Import), odoo или parquet (docs/exports.md)",
    },
    "the CSV field separator: ; for Excel set to Azerbaijani or Russian (default: ,)": {
        "az": "CSV sahələrinin ayırıcısı: Azərbaycan və ya rus dilinə qurulmuş Excel üçün ; (əsas: ,)",
        "ru": "разделитель полей CSV: ; для Excel на азербайджанском или русском (по умолчанию: ,)",
    },
    "a client's time to send a request's headers, and an idle connection's (1-60, default: 10)": {
        "az": "müştərinin sorğu başlıqlarını göndərmək vaxtı və boş bağlantının vaxtı (1-60, əsas: 10)",
        "ru": "время клиента на заголовки запроса и простой соединения (1-60, по умолчанию: 10)",
    },
    "a client's time to take each part of an answer (default: 30)": {
        "az": "müştərinin cavabın hər hissəsini qəbul etmək vaxtı (əsas: 30)",
        "ru": "время клиента на приём каждой части ответа (по умолчанию: 30)",
    },
    "connections a worker holds open; the next ones wait (default: 512, or what the open-file limit allows)": {
        "az": "işçinin açıq saxladığı bağlantılar; sonrakılar gözləyir (əsas: 512 və ya açıq fayl limitinin icazə verdiyi)",
        "ru": "соединения, которые держит рабочий процесс; следующие ждут (по умолчанию: 512 или сколько позволяет лимит открытых файлов)",
    },
    "proxies trusted for X-Forwarded-For: addresses or networks, with commas; '' for none (default: loopback)": {
        "az": "X-Forwarded-For üçün etibar edilən proksilər: ünvanlar və ya şəbəkələr, vergüllə; heç biri üçün '' (əsas: loopback)",
        "ru": "прокси, которым верят в X-Forwarded-For: адреса или сети через запятую; '' — никому (по умолчанию: loopback)",
    },
}
