<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ttx_desktop/gui/presenter_keys.py" line="+27"/>
        <source>Presenter: full screen</source>
        <translation>Проектор: во весь экран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: black-out</source>
        <translation>Проектор: затемнить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: agenda of the day</source>
        <translation>Экран: повестка дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: the vote&apos;s results</source>
        <translation>Презентация: итоги голосования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: the recommendations</source>
        <translation>Презентация: рекомендации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: leave full screen</source>
        <translation>Проектор: выйти из полноэкранного режима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: next inject (a clicker), releasing it if need be</source>
        <translation>Экран: следующая вводная (пульт), с выпуском при необходимости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: previous inject (a clicker)</source>
        <translation>Экран: предыдущая вводная (пульт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: the console&apos;s keys (release, clock, presenter)</source>
        <translation>Экран: клавиши пульта ведущего (выпуск, часы, экран)</translation>
    </message>
    <message>
        <location filename="../../ttx_desktop/gui/presenter_agenda.py" line="+30"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ttx_desktop/gui/about_dialog.py" line="+43"/>
        <source>About TTX Desktop</source>
        <translation>О программе TTX Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A facilitator console for tabletop exercises that runs entirely on one laptop, with no server and no internet.</source>
        <translation>Пульт ведущего командно-штабных (настольных) учений, работающий целиком на одном ноутбуке, без сервера и без интернета.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free software: you may use, share and change it under the GNU General Public License, version 3 or later ({0}). It comes with no warranty.</source>
        <translation>Свободная программа: её можно использовать, распространять и изменять на условиях лицензии GNU GPL версии 3 или более поздней ({0}). Программа поставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt {0} and Qt for Python (PySide6) {1} under the GNU LGPL version 3, on Python {2}. The other libraries and their licences are listed under Third-party software.</source>
        <translation>Создана на Qt {0} и Qt для Python (PySide6) {1} по лицензии GNU LGPL версии 3, на Python {2}. Остальные библиотеки и их лицензии перечислены на вкладке «Сторонние программы».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation>&amp;Лицензия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third-party software</source>
        <translation>Сторонние программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Third-party software</source>
        <translation>&amp;Сторонние программы</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ttx_desktop/gui/presenter_agenda.py" line="+42"/>
        <source>Agenda of the day</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda of day {0}</source>
        <translation>Повестка дня {0}</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+169"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
</context>
<context>
    <name>AuthoringPanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/authoring_panel.py" line="+57"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injects (MSEL)</source>
        <translation>Вводные (MSEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement plan</source>
        <translation>План улучшений</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dup&amp;licate inject</source>
        <translation>Ду&amp;блировать вводную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move inject u&amp;p</source>
        <translation>Переместить вводную &amp;выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move inject do&amp;wn</source>
        <translation>Переместить вводную н&amp;иже</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot undo or redo</source>
        <translation>Не удаётся отменить или повторить</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../../ttx_desktop/services/backup_service.py" line="+173"/>
        <source>Backup failed: {0}</source>
        <translation>Резервное копирование не удалось: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../ttx_desktop/gui/restore_backup_dialog.py" line="+39"/>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log entries</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injects</source>
        <translation>Вводные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
</context>
<context>
    <name>ClockForm</name>
    <message>
        <location filename="../../ui/clock_panel.ui" line="+34"/>
        <source>&amp;Module</source>
        <translation>&amp;Модуль</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>0:00:00</source>
        <translation>0:00:00</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>−1 min</source>
        <translation>−1 мин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the clock back by one minute</source>
        <translation>Перевести часы на минуту назад</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+1 min</source>
        <translation>+1 мин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the clock forward by one minute</source>
        <translation>Перевести часы на минуту вперёд</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adjust…</source>
        <translation>Поправить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the clock forward or back by some minutes</source>
        <translation>Перевести часы вперёд или назад на несколько минут</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/clock_panel.py" line="+59"/>
        <location line="+136"/>
        <source>Start clock</source>
        <translation>Запустить часы</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Adjust clock…</source>
        <translation>Поправить часы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discussion round…</source>
        <translation>Раунд обсуждения…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the discussion round</source>
        <translation>Остановить раунд обсуждения</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Discussion round</source>
        <translation>Раунд обсуждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many minutes does this round last?</source>
        <translation>Сколько минут длится этот раунд?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discussion: time is up</source>
        <translation>Обсуждение: время вышло</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussion: {0} left</source>
        <translation>Обсуждение: осталось {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause clock</source>
        <translation>Приостановить часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume clock</source>
        <translation>Возобновить часы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>● Not started</source>
        <translation>● Не запущены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Running</source>
        <translation>● Идут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>❚❚ PAUSED</source>
        <translation>❚❚ ПАУЗА</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheduled {0}–{1}</source>
        <translation>По плану {0}–{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled from {0}</source>
        <translation>По плану с {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Switch module</source>
        <translation>Сменить модуль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock of “{0}” is running. Pause it and run “{1}” instead?</source>
        <translation>Часы модуля «{0}» идут. Остановить их и запустить «{1}»?</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+25"/>
        <location line="+8"/>
        <source>Adjust the clock</source>
        <translation>Поправить часы</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Move the clock by how many minutes? (Negative moves it back.)</source>
        <translation>На сколько минут перевести часы? (Отрицательное число — назад.)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>forward</source>
        <translation>вперёд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>back</source>
        <translation>назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the clock of “{0}” {1} by {2} min?

Injects planned on this clock move with it; released injects keep their release time.</source>
        <translation>Перевести часы модуля «{0}» {1} на {2} мин?

Вводные, запланированные по этим часам, сдвинутся вместе с ними; у выданных вводных время выдачи сохранится.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run or resume “{0}” before adjusting its clock.</source>
        <translation>Запустите или продолжите «{0}», прежде чем поправлять его часы.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise clock</source>
        <translation>Часы учения</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ttx_desktop/app/controller.py" line="+110"/>
        <source>{0}

Open it read-only?</source>
        <translation>{0}

Открыть только для чтения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise in use</source>
        <translation>Учение уже открыто</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+16"/>
        <source>Cannot open exercise</source>
        <translation>Не удаётся открыть учение</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Module 1</source>
        <translation>Модуль 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Cannot create exercise</source>
        <translation>Не удаётся создать учение</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Created {0}</source>
        <translation>Создано: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created {0} from {1}</source>
        <translation>Создан файл {0} из {1}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Close the room?</source>
        <translation>Закрыть зал?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room is open: devices that used it in the last minute: {0}. Closing the exercise closes the room, so phones can no longer log notes or see injects until it is opened again. Everything they sent is saved.

Close anyway?</source>
        <translation>Зал открыт; устройств, обращавшихся к нему за последнюю минуту: {0}. Закрытие учения закрывает зал: телефоны не смогут вести записи и видеть вводные, пока он не будет открыт снова. Всё, что они прислали, сохранено.

Всё равно закрыть?</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="-170"/>
        <source>New exercise from definition</source>
        <translation>Новое учение из описания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitions (*.yaml *.yml)</source>
        <translation>Описания (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises (*.ttxdb)</source>
        <translation>Учения (*.ttxdb)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save a copy</source>
        <translation>Не удаётся сохранить копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a copy as {0}</source>
        <translation>Копия сохранена как {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened the backup as {0}</source>
        <translation>Резервная копия открыта как {0}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Export definition</source>
        <translation>Экспорт описания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitions (*.yaml)</source>
        <translation>Описания (*.yaml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the definition to {0}…</source>
        <translation>Описание экспортируется в {0}…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Exported the definition to {0}</source>
        <translation>Описание экспортировано в {0}</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/editors/details_editor.py" line="+75"/>
        <source>Documents marked final</source>
        <translation>Утверждённые документы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A document not marked final carries DRAFT in its header and on its cover. The minutes and the report start as drafts; the handouts are final.</source>
        <translation>Документ, не отмеченный как утверждённый, помечается словом «ПРОЕКТ» в колонтитуле и на титульном листе. Протокол и отчёт сначала являются проектами, раздаточные материалы утверждены сразу.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not saved. {0}</source>
        <translation>Не сохранено. {0}</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../ui/details_form.ui" line="+12"/>
        <source>About the exercise</source>
        <translation>Об учении</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Назначение:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the exercise is for</source>
        <translation>Для чего проводится учение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;cope:</source>
        <translation>&amp;Охват:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who and what takes part; what is out of play</source>
        <translation>Кто и что участвует; что остаётся за рамками</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sponsor:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Handling caveat:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FOR TRAINING USE ONLY</source>
        <translation>ТОЛЬКО ДЛЯ УЧЕБНЫХ ЦЕЛЕЙ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Point of c&amp;ontact:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, organisation, phone or e-mail</source>
        <translation>Имя, организация, телефон или e-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario and ground rules</source>
        <translation>Сценарий и правила</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario &amp;summary:</source>
        <translation>&amp;Кратко о сценарии:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The situation at the start, in a few sentences</source>
        <translation>Обстановка на начало учения в нескольких предложениях</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ground rules:</source>
        <translation>&amp;Правила:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One rule per line</source>
        <translation>По одному правилу в строке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assumptions:</source>
        <translation>&amp;Допущения:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One assumption per line</source>
        <translation>По одному допущению в строке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acro&amp;nyms:</source>
        <translation>Со&amp;кращения:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One per line, e.g. CERT: Computer emergency response team</source>
        <translation>По одному в строке, например: МВД: Министерство внутренних дел</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+40"/>
        <source>&amp;Minutes…</source>
        <translation>&amp;Протокол…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;After-action report…</source>
        <translation>&amp;Отчёт по итогам учения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Situation manual…</source>
        <translation>&amp;Справочник участника…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator guide…</source>
        <translation>&amp;Руководство ведущего…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inject &amp;cards…</source>
        <translation>&amp;Карточки вводных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MSEL (&amp;Word table)…</source>
        <translation>MSEL (&amp;таблица Word)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluation guide…</source>
        <translation>Руководство о&amp;ценщика…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;documents</source>
        <translation>Экспорт &amp;документов</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Writing {0}…</source>
        <translation>Пишется {0}…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Policy &amp;recommendations…</source>
        <translation>Рекомендации для &amp;государственной политики…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport all documents…</source>
        <translation>&amp;Экспорт всех документов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also save as &amp;PDF</source>
        <translation>Также сохранить в &amp;PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a PDF beside each Word document (needs LibreOffice)</source>
        <translation>Сохраняет PDF рядом с каждым документом Word (нужен LibreOffice)</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+3"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>An export is still running.</source>
        <translation>Экспорт ещё идёт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all documents into</source>
        <translation>Экспортировать все документы в</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {0} into {1}</source>
        <translation>{0} экспортирован в {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace documents?</source>
        <translation>Заменить документы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {0} of {1}: {2}…</source>
        <translation>Пишется {0} из {1}: {2}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0}</source>
        <translation>Экспортировано: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>Exported {0} documents into {1}</source>
        <translation>Экспортировано документов: {0}, в {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} already holds {1}. Replace them?</source>
        <translation>В {0} уже есть {1}. Заменить?</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ttx_desktop/gui/empty_state.py" line="+24"/>
        <source>No exercise is open</source>
        <translation>Учение не открыто</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open an exercise file (.ttxdb), start from an exercise definition (.yaml), or try the bundled sample. You can also drop a file on this window.</source>
        <translation>Откройте файл учения (.ttxdb), начните с описания учения (.yaml) или попробуйте прилагаемый пример. Файл можно также перетащить в это окно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the &amp;sample exercise</source>
        <translation>Открыть &amp;пример учения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open an exercise…</source>
        <translation>&amp;Открыть учение…</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <location filename="../../ttx_desktop/gui/log_labels.py" line="+13"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area for improvement</source>
        <translation>Что улучшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Improvement</source>
        <translation>Улучшить</translation>
    </message>
</context>
<context>
    <name>EntryReviewDialog</name>
    <message>
        <location filename="../../ttx_desktop/gui/entry_review_dialog.py" line="+49"/>
        <source>Review log entry</source>
        <translation>Разбор записи журнала</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it happened: the root cause</source>
        <translation>Почему так произошло: первопричина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Analysis:</source>
        <translation>&amp;Анализ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans, procedures, laws it concerns</source>
        <translation>Планы, порядки действий, законы, к которым она относится</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;References:</source>
        <translation>&amp;Ссылки:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The improvement plan item that answers this entry</source>
        <translation>Пункт плана улучшений, который отвечает на эту запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Improvement plan:</source>
        <translation>&amp;План улучшений:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The question this answer or decision closes</source>
        <translation>Вопрос, который закрывает этот ответ или решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closes question:</source>
        <translation>&amp;Закрывает вопрос:</translation>
    </message>
</context>
<context>
    <name>EntryTag</name>
    <message>
        <location filename="../../ttx_desktop/gui/log_labels.py" line="-8"/>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area for improvement</source>
        <translation>Что улучшить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Improvement</source>
        <translation>Улучшить</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+15"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTX Desktop met an error it did not expect. Everything logged so far is saved.

The details are in {0}. If this happens again, save a copy of the exercise, restart the program and send that file to whoever supports you.</source>
        <translation>В TTX Desktop произошла непредвиденная ошибка. Всё записанное до сих пор сохранено.

Подробности записаны в файл {0}. Если это повторится, сохраните копию учения, перезапустите программу и отправьте этот файл тем, кто вас поддерживает.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ttx_desktop/gui/help_window.py" line="+25"/>
        <source>TTX Desktop user guide</source>
        <translation>Руководство пользователя TTX Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user guide is missing from this copy of the program ({0}).</source>
        <translation>В этой копии программы нет руководства пользователя ({0}).</translation>
    </message>
</context>
<context>
    <name>InjectActions</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+13"/>
        <source>Release</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay inject</source>
        <translation>Отложить вводную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift following injects</source>
        <translation>Сдвинуть следующие вводные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Сдвинуть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Release</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delay…</source>
        <translation>&amp;Отложить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift &amp;following…</source>
        <translation>Сдвинуть &amp;следующие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay inject {0} by how many minutes? (Negative brings it forward.)</source>
        <translation>На сколько минут отложить вводную {0}? (Отрицательное число — раньше.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move inject {0} and every later pending inject of its module by how many minutes? (Negative brings them forward; pinned injects keep their time.)</source>
        <translation>На сколько минут сдвинуть вводную {0} и все следующие невыданные вводные её модуля? (Отрицательное число — раньше; привязанные вводные сохраняют своё время.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unskip</source>
        <translation>&amp;Вернуть пропущенную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo release</source>
        <translation>&amp;Отменить выдачу</translation>
    </message>
</context>
<context>
    <name>InjectColumns</name>
    <message>
        <location line="+7"/>
        <source>Verbal</source>
        <translation>Устно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handout</source>
        <translation>Раздаточный материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social post</source>
        <translation>Пост в соцсети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Пропущена</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>On the module&apos;s exercise clock; a pause moves it</source>
        <translation>По часам учения модуля; пауза сдвигает время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario time</source>
        <translation>Время сценария</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0!r} is not a planned time (write {1})</source>
        <translation>{0!r} — не время по плану (пишите {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned to {0} on the wall clock</source>
        <translation>Привязана к {0} по обычным часам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} · pinned {1}</source>
        <translation>{0} · привязана к {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is before the module starts at {1}</source>
        <translation>{0} — раньше начала модуля в {1}</translation>
    </message>
</context>
<context>
    <name>InjectCommands</name>
    <message>
        <location line="+31"/>
        <source>Release inject {0} “{1}”</source>
        <translation>Выдать вводную {0} «{1}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip inject {0} “{1}”</source>
        <translation>Пропустить вводную {0} «{1}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo release of inject {0} “{1}”</source>
        <translation>Отменить выдачу вводной {0} «{1}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unskip inject {0} “{1}”</source>
        <translation>Вернуть пропущенную вводную {0} «{1}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay inject {0} by {1} min</source>
        <translation>Отложить вводную {0} на {1} мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift injects from {0} on by {1} min</source>
        <translation>Сдвинуть вводные начиная с {0} на {1} мин</translation>
    </message>
</context>
<context>
    <name>InjectForm</name>
    <message>
        <location filename="../../ui/inject_form.ui" line="+23"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the players are told</source>
        <translation>Что сообщают игрокам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Expected actions:</source>
        <translation>&amp;Ожидаемые действия:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One action per line</source>
        <translation>По одному действию в строке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitator &amp;notes:</source>
        <translation>&amp;Заметки ведущего:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the facilitator sees these</source>
        <translation>Их видит только ведущий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach&amp;ments:</source>
        <translation>&amp;Вложения:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handouts, pictures or files that go with it, one per line</source>
        <translation>Раздаточные материалы, изображения или файлы к вводной, по одному в строке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;file…</source>
        <translation>Добавить &amp;файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the name of a file to the attachments</source>
        <translation>Добавить имя файла во вложения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Pinned to:</source>
        <translation>&amp;Привязана к:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HH:MM, or empty to follow the clock</source>
        <translation>ЧЧ:ММ или пусто, чтобы следовать часам учения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Objectives:</source>
        <translation>&amp;Цели:</translation>
    </message>
</context>
<context>
    <name>InjectState</name>
    <message>
        <location filename="../../ttx_desktop/exporters/timeline_painter.py" line="+54"/>
        <source>Upcoming</source>
        <translation>Предстоит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due now</source>
        <translation>Пора выдать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Пропущена</translation>
    </message>
</context>
<context>
    <name>InjectsEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/editors/injects_editor.py" line="+43"/>
        <source>Add inject</source>
        <translation>Добавить вводную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete inject</source>
        <translation>Удалить вводную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No injects yet. Add the first scenario update.</source>
        <translation>Вводных пока нет. Добавьте первую вводную сценария.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the injects of one module</source>
        <translation>Показать вводные одного модуля</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved. {0}</source>
        <translation>Не сохранено. {0}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All modules</source>
        <translation>Все модули</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module {0}: {1}</source>
        <translation>Модуль {0}: {1}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Select an inject to edit its text and targets</source>
        <translation>Выберите вводную, чтобы изменить её текст и адресатов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inject {0}: {1}</source>
        <translation>Вводная {0}: {1}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Attach a file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any file (*)</source>
        <translation>Любой файл (*)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ttx_desktop/gui/language.py" line="+25"/>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../../ttx_desktop/gui/log_filter_bar.py" line="+45"/>
        <location line="+1"/>
        <source>Search text and author</source>
        <translation>Поиск по тексту и автору</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show one team&apos;s entries</source>
        <translation>Показать записи одной команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one kind of entry</source>
        <translation>Показать записи одного вида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the answers to one inject</source>
        <translation>Показать ответы на одну вводную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one module&apos;s entries</source>
        <translation>Показать записи одного модуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entries tagged by a reviewer</source>
        <translation>Показать записи, отмеченные при разборе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newest entries at the top; off: in the order logged</source>
        <translation>Новые записи сверху; если выключено — в порядке записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show deleted</source>
        <translation>Показать удалённые</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show deleted entries too, struck through</source>
        <translation>Показывать и удалённые записи, зачёркнутыми</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No team</source>
        <translation>Без команды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas for improvement</source>
        <translation>Что улучшить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All injects</source>
        <translation>Все вводные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All modules</source>
        <translation>Все модули</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tagged or not</source>
        <translation>С отметкой и без</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>1 entry</source>
        <translation>1 запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} entries</source>
        <translation>Записей: {0}</translation>
    </message>
</context>
<context>
    <name>LogHistoryDialog</name>
    <message>
        <location filename="../../ttx_desktop/gui/log_history_dialog.py" line="+148"/>
        <source>History of the entry logged at {0}</source>
        <translation>История записи, сделанной в {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text of the selected revision:</source>
        <translation>Текст выбранной редакции:</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+12"/>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no team</source>
        <translation>без команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no inject</source>
        <translation>без вводной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inject</source>
        <translation>Вводная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text edited</source>
        <translation>Текст изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis edited</source>
        <translation>Анализ изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References edited</source>
        <translation>Ссылки изменены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged: {0}, {1}</source>
        <translation>Записано: {0}, {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Восстановлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagged: {0}</source>
        <translation>Отмечена: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag removed</source>
        <translation>Отметка снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to the improvement plan</source>
        <translation>Связана с планом улучшений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked from the improvement plan</source>
        <translation>Связь с планом улучшений снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes a question</source>
        <translation>Закрывает вопрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer closes a question</source>
        <translation>Больше не закрывает вопрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective: {0}</source>
        <translation>Цель: {0}</translation>
    </message>
</context>
<context>
    <name>LogHistoryModel</name>
    <message>
        <location filename="../../ttx_desktop/gui/log_history_dialog.py" line="-75"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../ttx_desktop/gui/log_model.py" line="+62"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inject</source>
        <translation>Вводная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wall-clock time the entry was logged</source>
        <translation>Время (по обычным часам), когда сделана запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise clock of the module running when the entry was logged</source>
        <translation>Часы учения модуля, шедшего в момент записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of entry</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagged by a reviewer as a strength or an area for improvement</source>
        <translation>Отмечена при разборе как сильная сторона или то, что улучшить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The objective the entry speaks to; the report lists it under that one</source>
        <translation>Цель, к которой относится запись; в отчёте она приводится под этой целью</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The inject the entry answers</source>
        <translation>Вводная, на которую отвечает запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was recorded</source>
        <translation>Что записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who recorded it</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited entries keep their history</source>
        <translation>Изменённые записи хранят свою историю</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No team</source>
        <translation>Без команды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No objective</source>
        <translation>Без цели</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No inject</source>
        <translation>Без вводной</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>, exercise clock {0}</source>
        <translation>, часы учения {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Module {0}: {1}</source>
        <translation>Модуль {0}: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changed after it was logged: Entry history shows how</source>
        <translation>Изменена после записи: как именно — в истории записи</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Some log entries cannot be read, so the log may show fewer than the file holds: {0}. Nothing was changed. To go back to a good copy, use File → Restore from backup.</source>
        <translation>Некоторые записи журнала не удаётся прочитать, поэтому журнал может показывать меньше, чем хранится в файле: {0}. Ничего не изменено. Чтобы вернуться к исправной копии, выберите Файл → Восстановить из резервной копии.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The exercise file could not be used: {0}</source>
        <translation>Не удалось работать с файлом учения: {0}</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/log_panel.py" line="+109"/>
        <source>Nothing logged yet. Type a note under Take notes (Ctrl+L) and press Enter: each entry shows here once it is on disk. If filters are set above, clear them to see every entry.</source>
        <translation>Записей пока нет. Введите заметку в панели «Записи» (Ctrl+L) и нажмите Enter: каждая запись появится здесь, как только будет на диске. Если выше заданы фильтры, сбросьте их, чтобы увидеть все записи.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Log entries</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Find in log</source>
        <translation>&amp;Найти в журнале</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit entry text</source>
        <translation>Изм&amp;енить текст записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry &amp;history…</source>
        <translation>&amp;История записи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view entry…</source>
        <translation>Раз&amp;бор записи…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag as &amp;strength</source>
        <translation>Отметить как &amp;сильную сторону</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag as area for &amp;improvement</source>
        <translation>Отметить как &amp;то, что улучшить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clear tag</source>
        <translation>Сн&amp;ять отметку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore entry</source>
        <translation>В&amp;осстановить запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make a recommendation from this entry</source>
        <translation>Составить &amp;рекомендацию по этой записи</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Review log entry</source>
        <translation>Разбор записи журнала</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag as {0}</source>
        <translation>Отметить: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear tag</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete log entries</source>
        <translation>Удалить записи журнала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete log entry</source>
        <translation>Удалить запись журнала</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore log entries</source>
        <translation>Восстановить записи журнала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore log entry</source>
        <translation>Восстановить запись журнала</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit log entry</source>
        <translation>Изменить запись журнала</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edited</source>
        <translation>Изменена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+131"/>
        <location line="+9"/>
        <source>&amp;Run</source>
        <translation>&amp;Ход учения</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>&amp;Log</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Подготовка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise clock</source>
        <translation>Часы учения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next inject</source>
        <translation>Следующая вводная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roo&amp;m</source>
        <translation>&amp;Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>E&amp;xport definition (YAML)…</source>
        <translation>&amp;Экспорт описания (YAML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import MSEL spreadsheet…</source>
        <translation>&amp;Импорт таблицы MSEL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;sample</source>
        <translation>Новое из &amp;примера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Merge another laptop&apos;s copy…</source>
        <translation>О&amp;бъединить с копией с другого ноутбука…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Save a &amp;copy as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose exercise</source>
        <translation>&amp;Закрыть учение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Run view</source>
        <translation>Вид «&amp;Ход учения»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Re&amp;commendations</source>
        <translation>&amp;Рекомендации</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;New exercise…</source>
        <translation>&amp;Новое учение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from de&amp;finition…</source>
        <translation>Новое из описани&amp;я…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log view</source>
        <translation>Вид «&amp;Журнал»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prepare view</source>
        <translation>Вид «&amp;Подготовка»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;commendations and votes</source>
        <translation>Вид «Р&amp;екомендации и голосования»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset la&amp;yout</source>
        <translation>Сбросить &amp;расположение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;esenter window</source>
        <translation>&amp;Окно для проектора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TTX Desktop</source>
        <translation>&amp;О программе TTX Desktop</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Panel</source>
        <translation>Панель</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Presenter window</source>
        <translation>Окно для проектора</translation>
    </message>
    <message>
        <location filename="../../ttx_desktop/gui/main_window.py" line="+154"/>
        <source>Open exercise</source>
        <translation>Открыть учение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercises (*.ttxdb *.yaml *.yml)</source>
        <translation>Учения (*.ttxdb *.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No exercise open</source>
        <translation>Учение не открыто</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: {0} is open for writing elsewhere</source>
        <translation>Только чтение: {0} открыт для записи в другой программе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All changes saved — {0}</source>
        <translation>Все изменения сохранены — {0}</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../ttx_desktop/gui/merge_action.py" line="+30"/>
        <source>&amp;Merge another laptop&apos;s copy…</source>
        <translation>О&amp;бъединить с копией с другого ноутбука…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in the log, feedback and recommendations of a copy</source>
        <translation>Перенести из копии журнал, отзывы и рекомендации</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge a copy</source>
        <translation>Объединить с копией</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercises (*.ttxdb)</source>
        <translation>Учения (*.ttxdb)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From {0}: {1}.</source>
        <translation>Из {0}: {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To check:</source>
        <translation>Проверить:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was new: this file already held all of it.</source>
        <translation>Ничего нового: в этом файле всё это уже было.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added {0} log entries, {1} revisions of entries already here, {2} feedback forms, {3} recommendations</source>
        <translation>добавлено записей журнала: {0}, новых редакций уже имевшихся записей: {1}, анкет обратной связи: {2}, рекомендаций: {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {0} teams, participants, modules, objectives or injects</source>
        <translation>, команд, участников, модулей, целей или вводных: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {0} to check</source>
        <translation>; требуют проверки: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot merge</source>
        <translation>Не удаётся объединить</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+335"/>
        <location line="+63"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+13"/>
        <source>could not be written ({reason})</source>
        <translation>не удалось записать ({reason})</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The exercise definition could not be written</source>
        <translation>Описание учения не удалось записать</translation>
    </message>
    <message>
        <location line="-299"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown objective {code!r} (objectives are {known})</source>
        <translation>неизвестная цель {code!r} (цели: {known})</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>is a file; `export all` writes into a folder</source>
        <translation>это файл, а экспорт всех документов записывает их в папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its parent folder does not exist</source>
        <translation>родительская папка не существует</translation>
    </message>
    <message>
        <location line="-321"/>
        <location line="+55"/>
        <location line="+46"/>
        <location line="+262"/>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>would be written over its own source {source}</source>
        <translation>запись затёрла бы собственный источник {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+6"/>
        <location line="+60"/>
        <source>already exists; choose another name or pass --force</source>
        <translation>уже существует; выберите другое имя или укажите --force</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+63"/>
        <source>its folder does not exist</source>
        <translation>папки, в которой должен быть файл, не существует</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>the msel export writes {known} or .docx; name OUT with one</source>
        <translation>экспорт MSEL записывает файлы {known} или .docx; укажите для OUT одно из этих расширений</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already exists; choose another folder or pass --force</source>
        <translation>уже существует; выберите другую папку или укажите --force</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>The command could not be completed</source>
        <translation>Команду не удалось выполнить</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>cannot save as PDF: {reason}</source>
        <translation>не удаётся сохранить в PDF: {reason}</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>the clock of this module has already started</source>
        <translation>часы этого модуля уже запущены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clock is not running</source>
        <translation>часы не идут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clock is not paused</source>
        <translation>часы не приостановлены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start the clock before adjusting it</source>
        <translation>сначала запустите часы, потом поправляйте их</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A recommendation needs its issue and its action before it can be agreed.</source>
        <translation>Чтобы рекомендацию можно было согласовать, в ней должны быть проблема и действие.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recommendation was merged into another; agree that one instead.</source>
        <translation>Эта рекомендация объединена с другой; согласуйте ту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recommendation found not compliant with human rights, or with gender not considered, can be agreed only with a note saying why.</source>
        <translation>Рекомендацию, признанную не соответствующей правам человека или без учёта гендерных аспектов, можно согласовать только с примечанием, объясняющим почему.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vote needs a question.</source>
        <translation>У голосования должен быть вопрос.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quick poll needs {low} to {high} options.</source>
        <translation>В быстром опросе должно быть от {low} до {high} вариантов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prioritisation needs at least {low} recommendations.</source>
        <translation>Для расстановки приоритетов нужно не меньше {low} рекомендаций.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each voter has 1 to {high} dots.</source>
        <translation>У каждого голосующего от 1 до {high} точек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every option needs a label.</source>
        <translation>У каждого варианта должно быть название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two options of a vote have the same label.</source>
        <translation>У двух вариантов голосования одинаковое название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+306"/>
        <location line="+112"/>
        <source>This vote is closed.</source>
        <translation>Это голосование закрыто.</translation>
    </message>
    <message>
        <location line="-417"/>
        <location line="+416"/>
        <source>This phone has already voted.</source>
        <translation>С этого телефона уже проголосовали.</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Choose among the vote&apos;s options.</source>
        <translation>Выберите из вариантов голосования.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one option.</source>
        <translation>Выберите один вариант.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have {dots} dots to give.</source>
        <translation>Точек для распределения: {dots}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the options in order.</source>
        <translation>Расставьте варианты по порядку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: the program met an error it did not expect. The details are in {log}.</source>
        <translation>{what}: в программе произошла непредвиденная ошибка. Подробности записаны в файл {log}.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The minutes could not be written</source>
        <translation>Протокол не удалось записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The after-action report could not be written</source>
        <translation>Отчёт по итогам учения не удалось записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The situation manual could not be written</source>
        <translation>Справочник участника не удалось записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facilitator guide could not be written</source>
        <translation>Руководство ведущего не удалось записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inject cards could not be written</source>
        <translation>Карточки вводных не удалось записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MSEL document could not be written</source>
        <translation>Документ MSEL не удалось записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy recommendations could not be written</source>
        <translation>Не удалось записать рекомендации для государственной политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evaluation guide could not be written</source>
        <translation>Руководство оценщика не удалось записать</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>saving as PDF needs LibreOffice, which was not found on this computer; install LibreOffice, or export without PDF</source>
        <translation>для сохранения в PDF нужен LibreOffice, а на этом компьютере он не найден; установите LibreOffice или экспортируйте без PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreOffice stopped with code {code}</source>
        <translation>LibreOffice завершился с кодом {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreOffice could not make its profile in {path}</source>
        <translation>LibreOffice не смог создать свой профиль в {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreOffice could not be run ({reason})</source>
        <translation>не удалось запустить LibreOffice ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreOffice did not finish in {s} seconds</source>
        <translation>LibreOffice не завершил работу за {s} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreOffice did not lay out the document</source>
        <translation>LibreOffice не смог сверстать документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read as a template ({reason})</source>
        <translation>не удаётся прочитать как шаблон ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large for a Word template (over {size} MB)</source>
        <translation>слишком велик для шаблона Word (больше {size} МБ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Word template (.docx or .dotx): it has no document part</source>
        <translation>не является шаблоном Word (.docx или .dotx): в нём нет основной части документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Word template (.docx or .dotx): it {reason}</source>
        <translation>не является шаблоном Word (.docx или .dotx): {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Word template (.docx or .dotx): {reason}</source>
        <translation>не является шаблоном Word (.docx или .dotx): {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a damaged Word template ({kind}: {why})</source>
        <translation>повреждённый шаблон Word ({kind}: {why})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed {count} character that a Word document cannot hold ({codes}) from “{snippet}”</source>
        <translation>из текста «{snippet}» удалены символы, недопустимые в документе Word: {codes} (всего: {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed {count} characters that a Word document cannot hold ({codes}) from “{snippet}”</source>
        <translation>из текста «{snippet}» удалены символы, недопустимые в документе Word: {codes} (всего: {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large (over {limit:,} bytes)</source>
        <translation>слишком большой (больше {limit:,} байт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+42"/>
        <location line="+280"/>
        <source>cannot be read ({reason})</source>
        <translation>не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>should be &apos;{format}&apos; (missing)</source>
        <translation>ожидается «{format}» (не указано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be &apos;{format}&apos;, not {value}</source>
        <translation>ожидается «{format}», а не {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing (an end needs a start)</source>
        <translation>не указано (для даты окончания нужна дата начала)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{language!r} is not supported ({others} or {last})</source>
        <translation>язык {language!r} не поддерживается (возможны {others} или {last})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind!r} is not a document (the documents are {known})</source>
        <translation>{kind!r} — не документ (документы: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty; a definition starts with &apos;format: {format}&apos;</source>
        <translation>файл пуст; описание учения начинается со строки «format: {format}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a mapping with format:, exercise:, teams:, injects: ...</source>
        <translation>ожидается набор ключей format:, exercise:, teams:, injects: ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing (the exercise&apos;s title, dates and other details)</source>
        <translation>не указано (название учения, даты и другие сведения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>is before the start date</source>
        <translation>раньше даты начала</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{colour!r} is not a colour (write #RRGGBB)</source>
        <translation>{colour!r} — не цвет (пишите #RRGGBB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a time, not a list or mapping (write HH:MM or T+H:MM)</source>
        <translation>ожидается время, а не список или набор ключей (пишите ЧЧ:ММ или T+Ч:ММ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing (write HH:MM or T+H:MM)</source>
        <translation>не указано (пишите ЧЧ:ММ или T+Ч:ММ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be before the module&apos;s start</source>
        <translation>не может быть раньше начала модуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time!r} is not a time (write HH:MM or T+H:MM)</source>
        <translation>{time!r} — не время (пишите ЧЧ:ММ или T+Ч:ММ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a time of day, but its module has no start; give it one or write T+H:MM</source>
        <translation>указано время суток, но у модуля не задано начало; задайте его или пишите T+Ч:ММ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} is before its module starts ({start})</source>
        <translation>{time} — раньше начала модуля ({start})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {number}, but the improvement plan (recommendations:) has {count} items</source>
        <translation>равно {number}, но в плане улучшений (recommendations:) пунктов: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a mapping of SHORT: what it stands for</source>
        <translation>должно быть списком вида СОКРАЩЕНИЕ: расшифровка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names no entry of the log ({value})</source>
        <translation>не указывает ни на одну запись журнала ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a day of the exercise, 1 or more, not {value}</source>
        <translation>должно быть днём учения, 1 или больше, а не {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <location line="+11"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>missing</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as {encoding}</source>
        <translation>прочитан в кодировке {encoding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} lines were not UTF-8 and were read as {encoding}</source>
        <translation>строк не в UTF-8: {count}, они прочитаны в кодировке {encoding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns separated by tabs</source>
        <translation>разделитель столбцов: табуляция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns separated by {mark!r}</source>
        <translation>разделитель столбцов: {mark!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a CSV table we can read ({reason})</source>
        <translation>не удаётся прочитать как таблицу CSV ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>columns after the {count}th were left out</source>
        <translation>столбцы после {count}-го не перенесены</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>is not valid {encoding} text (at byte {byte})</source>
        <translation>не является корректным текстом в кодировке {encoding} (байт {byte})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds binary data, not a table (is it a CSV file?)</source>
        <translation>содержит двоичные данные, а не таблицу (это точно файл CSV?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <location line="+11"/>
        <source>has more than {count:,} rows</source>
        <translation>строк больше {count:,}</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>{text!r} is not a status we know; taken as pending</source>
        <translation>{text!r} — неизвестное состояние; принято «ожидает»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text!r} is not a time of day</source>
        <translation>{text!r} — не время суток</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no team is called {item!r}; kept in the notes</source>
        <translation>команды {item!r} нет; значение сохранено в заметках</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>has no title and no inject text; not imported</source>
        <translation>нет ни названия, ни текста вводной; строка не перенесена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>inject {number} is already in the exercise; imported as {new}</source>
        <translation>вводная {number} уже есть в учении; импортирована как {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject {number} is already in an earlier row; imported as {new}</source>
        <translation>вводная {number} уже есть в одной из строк выше; импортирована как {new}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>there is no column {column!r} (columns are {listed})</source>
        <translation>нет столбца {column!r} (столбцы таблицы: {listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name!r} is not a field (fields are {known})</source>
        <translation>{name!r} — не поле вводной (поля: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds no injects to import</source>
        <translation>нет вводных для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} is not a date and time (write 2026-08-21T09:47:12Z)</source>
        <translation>{text!r} — не дата и время (пишите так: 2026-08-21T09:47:12Z)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>is too large for an MSEL (over {size:,} bytes)</source>
        <translation>слишком велик для MSEL (больше {size:,} байт)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a cell holds over {size:,} characters</source>
        <translation>в ячейке больше {size:,} символов</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+267"/>
        <source>is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>holds no rows in sheet {sheet!r}</source>
        <translation>на листе {sheet!r} нет ни одной строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds no rows</source>
        <translation>нет ни одной строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no header row in its first rows (expected column names such as No., Time, Title, Inject, To)</source>
        <translation>в первых строках нет строки заголовков (ожидаются названия столбцов, например: №, Время, Название, Вводная, Кому)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is not an Excel workbook: an .xlsx file is a zip archive and this is not</source>
        <translation>это не книга Excel: файл .xlsx — это zip-архив, а этот файл им не является</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>is a CSV file, which has no sheets (--sheet {sheet})</source>
        <translation>это файл CSV, в нём нет листов (--sheet {sheet})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>module {number} has no start time to count from</source>
        <translation>у модуля {number} не задано время начала, от которого вести отсчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} is before the start of module {number} ({start})</source>
        <translation>{time} раньше начала модуля {number} ({start})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text!r} is not a day (write Day 2, or a date)</source>
        <translation>{text!r} — не день (пишите «День 2» или дату)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} is not a time we know (write 09:30, T+0:30, +30 min, Day 2 09:30)</source>
        <translation>{text!r} — время в незнакомой форме (пишите так: 09:30, T+0:30, +30 мин, День 2 09:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value:g} is not a time (write 09:30, or T+0:30)</source>
        <translation>{value:g} — не время (пишите так: 09:30 или T+0:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>{value} is not a time</source>
        <translation>{value} — не время</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{text!r} is not a time from the start (write T+0:30)</source>
        <translation>{text!r} — не время от начала (пишите так: T+0:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a day</source>
        <translation>{value} — не день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the start (a time from the start cannot be negative)</source>
        <translation>раньше начала (время от начала не может быть отрицательным)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is more than a year after the start</source>
        <translation>позже начала больше чем на год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r}: {month!r} is not a month</source>
        <translation>{text!r}: {month!r} — не месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{text!r}: {rest!r} is not a time of day</source>
        <translation>{text!r}: {rest!r} — не время суток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a time from the start we can use</source>
        <translation>не подходит как время от начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>{text!r} {reason}</source>
        <translation>{text!r}: {reason}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{text!r} names two days</source>
        <translation>в {text!r} указаны два дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>{text!r} is not a real date</source>
        <translation>{text!r} — несуществующая дата</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a zip archive but not an Excel workbook</source>
        <translation>это zip-архив, но не книга Excel</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>has {count:,} sheets; more than {limit} is refused</source>
        <translation>листов: {count:,}; файлы, где листов больше {limit}, не принимаются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import that</source>
        <translation>это таблица OpenDocument (.ods); сохраните её в формате .xlsx или CSV и импортируйте полученный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a Word document, not a spreadsheet</source>
        <translation>это документ Word, а не электронная таблица</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>has no sheet {sheet!r} (its sheets are {listed})</source>
        <translation>нет листа {sheet!r} (листы файла: {listed})</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>is not an Excel workbook we can read ({reason})</source>
        <translation>не удаётся прочитать как книгу Excel ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a damaged workbook part ({reason})</source>
        <translation>часть книги Excel повреждена ({reason})</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>holds no sheets</source>
        <translation>в книге нет ни одного листа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid file</source>
        <translation>файл неверен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} (and {more} more problems)</source>
        <translation>{problem} (и ещё проблем: {more})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large ({size:,} bytes; at most {limit:,})</source>
        <translation>слишком большой (размер в байтах: {size:,}; допускается не больше {limit:,})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds more than one YAML document; keep one, without &apos;---&apos; lines</source>
        <translation>содержит больше одного документа YAML; оставьте один, без строк «---»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags such as {tag!r} are not allowed; write plain values</source>
        <translation>теги (например, {tag!r}) не допускаются; пишите простые значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid UTF-8 (byte {byte}); save the file as UTF-8</source>
        <translation>не в кодировке UTF-8 (байт {byte}); сохраните файл в UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a character YAML does not allow (U+{code:04X}); remove it</source>
        <translation>содержит символ, недопустимый в YAML (U+{code:04X}); удалите его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aliases (*name) are not allowed; write the value out</source>
        <translation>ссылки (*имя) не допускаются; запишите значение полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchors (&amp;name) are not allowed</source>
        <translation>якоря (&amp;имя) не допускаются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge keys &apos;&lt;&lt;&apos; are not allowed; write the keys out</source>
        <translation>ключи слияния «&lt;&lt;» не допускаются; запишите ключи полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key {key!r} appears twice in one mapping</source>
        <translation>ключ {key!r} повторяется в одном наборе ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>is not valid YAML: {reason}</source>
        <translation>не является правильным YAML: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds an escape for half a character (\ud800 to \udfff)</source>
        <translation>содержит экранированную половину символа (от \ud800 до \udfff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys must be plain names, not lists or mappings</source>
        <translation>ключи должны быть простыми именами, а не списками или наборами ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is nested more than {depth} levels deep</source>
        <translation>глубина вложенности больше допустимой ({depth})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a damaged zip archive ({error}: {reason})</source>
        <translation>повреждённый zip-архив ({error}: {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpacks to more than {megabytes} MB; refused (a zip bomb?)</source>
        <translation>после распаковки займёт больше {megabytes} МБ; отклонён (zip-бомба?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds more than {limit:,} parts; refused</source>
        <translation>содержит больше частей, чем допустимо ({limit:,}); отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a part {part} that declares XML entities or a DOCTYPE, which no Office file needs; refused as unsafe</source>
        <translation>содержит часть {part}, где объявлены XML-сущности или DOCTYPE, которые не нужны ни одному файлу Office; отклонён как небезопасный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown {what} {key!r} (known: {listed})</source>
        <translation>неизвестное значение {key!r} ({what}; известные: {listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping</source>
        <translation>набор ключей</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>added {entries} log entries, {revisions} revisions of entries already here, {feedback} feedback forms, {recommendations} recommendations, {records} teams, participants, modules, objectives or injects; {conflicts} to check</source>
        <translation>добавлено записей журнала: {entries}, новых редакций уже имевшихся записей: {revisions}, анкет обратной связи: {feedback}, рекомендаций: {recommendations}, команд, участников, модулей, целей или вводных: {records}; требуют проверки: {conflicts}</translation>
    </message>
    <message>
        <location line="-376"/>
        <location line="+136"/>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} — недопустимое значение; возможные: {allowed}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The MSEL spreadsheet could not be written</source>
        <translation>Таблицу MSEL не удалось записать</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>unknown team {team!r} (teams are {known})</source>
        <translation>неизвестная команда {team!r} (команды: {known})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no inject {inject} (injects are {known})</source>
        <translation>нет вводной {inject} (вводные: {known})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{value} names nothing: write its place in the list (1 to {count}) or its id</source>
        <translation>{value} ни на что не ссылается: укажите номер в списке (от 1 до {count}) или идентификатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has voted already in this vote</source>
        <translation>уже голосовал в этом голосовании</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{text!r} is not a delivery method we know; taken as other, kept in the notes</source>
        <translation>{text!r} — неизвестный способ выдачи; принят способ «другое», значение сохранено в заметках</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>does not look like an MSEL: the import looks for a column of inject titles or texts (such as Title, Subject, Inject, Description) and a column of times or inject numbers (such as Time, DTG, T+, No.), and found {found}; if it is one, name its columns (on the command line: --map COLUMN=title)</source>
        <translation>не похоже на план-график (MSEL): импорт ищет столбец с названиями или текстами вводных (например, Title, Subject, Inject, Description, «Тема», «Описание») и столбец с временем или номерами вводных (например, Time, DTG, T+, No., «Время», «№»), а найдено: {found}; если это всё же план-график, укажите его столбцы (в командной строке: --map СТОЛБЕЦ=title)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column holds planned times; every inject starts at its module&apos;s start (take a column as the planned time; on the command line: --map COLUMN=time)</source>
        <translation>ни в одном столбце нет планового времени; все вводные начинаются с начала своего модуля (выберите столбец с плановым временем; в командной строке: --map СТОЛБЕЦ=time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column holds recipients; injects go to no team (take a column as the recipients; on the command line: --map COLUMN=to)</source>
        <translation>ни в одном столбце нет получателей; вводные не адресованы ни одной команде (выберите столбец с получателями; в командной строке: --map СТОЛБЕЦ=to)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column holds inject titles; each is made from the first words of its text (take a column as the titles; on the command line: --map COLUMN=title)</source>
        <translation>ни в одном столбце нет названий вводных; название каждой составлено из первых слов её текста (выберите столбец с названиями; в командной строке: --map СТОЛБЕЦ=title)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>ни того ни другого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no times or numbers</source>
        <translation>нет ни времени, ни номеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no titles or texts</source>
        <translation>нет ни названий, ни текстов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no time; placed at the start of module {number}</source>
        <translation>время не указано; вводная поставлена в начало модуля {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no time; given the time of the row above ({time})</source>
        <translation>время не указано; взято время строки выше ({time})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its columns are not an MSEL&apos;s</source>
        <translation>его столбцы не похожи на столбцы план-графика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its {count} rows are planning notes (not injected)</source>
        <translation>все его строки ({count}) — заметки для планирования (не выдаются)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rows that look like injects</source>
        <translation>нет строк, похожих на вводные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not look like an MSEL: no sheet holds rows that look like injects (a column of titles or texts and one of times or numbers) ({listed})</source>
        <translation>не похоже на план-график (MSEL): ни на одном листе нет строк, похожих на вводные (столбца с названиями или текстами и столбца с временем или номерами) ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no header row in sheet {sheet!r}</source>
        <translation>на листе {sheet!r} нет строки заголовков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheets {first!r} and {other!r} have different columns; import them one at a time</source>
        <translation>у листов {first!r} и {other!r} разные столбцы; импортируйте их по одному</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no header row of MSEL columns</source>
        <translation>нет строки заголовков со столбцами план-графика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dated {when}, long before the sheets read: an earlier exercise&apos;s</source>
        <translation>датирован {when}, задолго до прочитанных листов: это лист прежнего учения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewer rows look like injects ({count}) than in {sheet!r} ({best})</source>
        <translation>строк, похожих на вводные, меньше ({count}), чем на листе {sheet!r} ({best})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is an old Excel (.xls) workbook we cannot read, perhaps one protected by a password ({reason}); save it as .xlsx or CSV and import that</source>
        <translation>это книга старого формата Excel (.xls), которую не удаётся прочитать, возможно, защищённая паролем ({reason}); сохраните её в формате .xlsx или CSV и импортируйте полученный файл</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unknown objective {key!r} (objectives: {listed})</source>
        <translation>неизвестная цель {key!r} (цели: {listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown team {key!r} (teams: {listed})</source>
        <translation>неизвестная команда {key!r} (команды: {listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown module {key!r} (modules: {listed})</source>
        <translation>неизвестный модуль {key!r} (модули: {listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown inject {key!r} (injects: {listed})</source>
        <translation>неизвестная вводная {key!r} (вводные: {listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a list (each item starting with &apos;- &apos;)</source>
        <translation>ожидается список (каждый элемент с новой строки, начиная с «- »)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be text, not a list or mapping</source>
        <translation>ожидается текст, а не список или набор ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be at least {minimum}</source>
        <translation>должно быть не меньше {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be at most {maximum}</source>
        <translation>должно быть не больше {maximum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a clock offset (write T+H:MM:SS)</source>
        <translation>{value} — не время по часам учения (пишите T+Ч:ММ:СС)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a time of day (write HH:MM)</source>
        <translation>{value} — не время суток (пишите ЧЧ:ММ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is used twice (first at line {line})</source>
        <translation>{value} встречается дважды (впервые в строке {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>should be a mapping of key: value lines</source>
        <translation>ожидается набор строк «ключ: значение»</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>should be true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a list of texts</source>
        <translation>ожидается список строк текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a line of text</source>
        <translation>ожидается строка текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a date (write YYYY-MM-DD)</source>
        <translation>{value} — не дата (пишите ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a timestamp (write 2026-08-21T09:47:12Z)</source>
        <translation>{value} — не отметка времени (пишите 2026-08-21T09:47:12Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none are defined</source>
        <translation>не определены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key (did you mean &apos;{hint}&apos;?)</source>
        <translation>неизвестный ключ (может быть, «{hint}»?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty; write a mapping of key: value lines</source>
        <translation>пусто; запишите набор строк «ключ: значение»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one address of this laptop; the room never listens on all</source>
        <translation>выберите один адрес этого ноутбука; зал никогда не принимает подключения на всех адресах сразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address} is an IPv6 address; choose an IPv4 address</source>
        <translation>{address} — адрес IPv6; выберите адрес IPv4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port {port} is out of range (1 to 65535)</source>
        <translation>порт {port} вне допустимого диапазона (от 1 до 65535)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot listen on {address} port {port}: {reason}</source>
        <translation>не удаётся открыть зал на адресе {address}, порт {port}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number {number} is already used by inject “{title}”</source>
        <translation>номер {number} уже занят вводной «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pinned time {pinned!r} is not a time of day (write HH:MM)</source>
        <translation>время привязки {pinned!r} не является временем суток (пишите ЧЧ:ММ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+12"/>
        <source>the title is empty</source>
        <translation>название не заполнено</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the end date is before the start date</source>
        <translation>дата окончания раньше даты начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language {language!r} is not a language code such as en or ru</source>
        <translation>язык {language!r} не является кодом языка, например en или ru</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>the code is empty</source>
        <translation>код не заполнен</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the code {code} is already used by objective “{title}”</source>
        <translation>код {code} уже занят целью «{title}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>the name is empty</source>
        <translation>не заполнено имя (название)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the colour {colour!r} is not a colour (write #RRGGBB)</source>
        <translation>значение {colour!r} не является цветом (пишите #RRGGBB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team no longer exists</source>
        <translation>команды больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>the number must be 1 or more</source>
        <translation>номер должен быть не меньше 1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>number {number} is already used by module “{title}”</source>
        <translation>номер {number} уже занят модулем «{title}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start {start!r} is not a time of day (write HH:MM or leave it empty)</source>
        <translation>начало {start!r} не является временем суток (пишите ЧЧ:ММ или оставьте поле пустым)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day must be 1 or more</source>
        <translation>день должен быть не меньше 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the duration must be more than 0 minutes</source>
        <translation>длительность должна быть больше 0 минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issue is empty</source>
        <translation>проблема не описана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the objective no longer exists</source>
        <translation>цели больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the completion date is before the start date</source>
        <translation>дата завершения раньше даты начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants in a team it added: {names}</source>
        <translation>в команде, добавленной импортом, есть участники: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recommendation now names an objective it added</source>
        <translation>рекомендация ссылается на цель, добавленную импортом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code {code!r} must be one word (such as CIV)</source>
        <translation>код {code!r} должен быть одним словом (например, CIV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name “{name}” is already used by team {code}</source>
        <translation>название «{name}» уже занято командой {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the module no longer exists</source>
        <translation>модуля больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the planned time is before the module starts</source>
        <translation>время по плану раньше начала модуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a target team no longer exists</source>
        <translation>одной из команд-адресатов больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team is named twice among the targets</source>
        <translation>команда указана среди адресатов дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a linked objective no longer exists</source>
        <translation>одной из связанных целей больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} log entry names them</source>
        <translation>на добавленное импортом ссылаются записи журнала: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} log entries name them</source>
        <translation>на добавленное импортом ссылаются записи журнала: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject {numbers} now names what it added</source>
        <translation>на добавленное импортом теперь ссылается вводная {numbers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injects {numbers} now name what it added</source>
        <translation>на добавленное импортом теперь ссылаются вводные {numbers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code {code} is already used by team “{name}”</source>
        <translation>код {code} уже занят командой «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exercise clock has run in module “{title}”</source>
        <translation>в модуле «{title}» уже шли часы учения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That objective no longer exists</source>
        <translation>Этой цели больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That team no longer exists</source>
        <translation>Этой команды больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That participant no longer exists</source>
        <translation>Этого участника больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That module no longer exists</source>
        <translation>Этого модуля больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>That inject no longer exists</source>
        <translation>Этой вводной больше нет</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>That recommendation no longer exists</source>
        <translation>Этой рекомендации больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That schedule item no longer exists</source>
        <translation>Этого пункта расписания больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team {code}</source>
        <translation>Команда {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team {code} ({name})</source>
        <translation>Команда {code} ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant {name}</source>
        <translation>Участник {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module {number}</source>
        <translation>Модуль {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module {number} ({title})</source>
        <translation>Модуль {number} ({title})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Schedule item {title}</source>
        <translation>Пункт расписания {title}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{first} and {then}</source>
        <translation>{first} и {then}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reasons} (change those injects first)</source>
        <translation>{reasons} (сначала измените эти вводные)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exercise details</source>
        <translation>Сведения об учении</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Objective {code}</source>
        <translation>Цель {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Inject {number}</source>
        <translation>Вводная {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import of {source}</source>
        <translation>Импорт из {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The imported injects</source>
        <translation>Импортированные вводные</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the exercise clock has run in it</source>
        <translation>в нём уже шли часы учения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown exercise field(s): {fields}</source>
        <translation>неизвестные поля учения: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import cannot be taken out: {reasons}</source>
        <translation>Импорт нельзя отменить: {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title is missing</source>
        <translation>нет названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its module does not exist</source>
        <translation>его модуля нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start!r} is not a time of day (write HH:MM)</source>
        <translation>{start!r} — не время суток (пишите ЧЧ:ММ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the duration must be at least one minute</source>
        <translation>длительность должна быть не меньше минуты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exercise is open read-only; changes cannot be saved</source>
        <translation>Учение открыто только для чтения; изменения сохранить нельзя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} cannot be deleted: {reasons}</source>
        <translation>{label} — удалить нельзя: {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject {numbers} name it</source>
        <translation>на это ссылается вводная {numbers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injects {numbers} name it</source>
        <translation>на это ссылаются вводные {numbers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} log entry name it</source>
        <translation>на это ссылаются записи журнала: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} log entries name it</source>
        <translation>на это ссылаются записи журнала: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>(no code)</source>
        <translation>(без кода)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a module first: every inject belongs to a module</source>
        <translation>Сначала добавьте модуль: каждая вводная относится к какому-либо модулю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} cannot be deleted: other records still name it</source>
        <translation>{label} — удалить нельзя: на это ещё ссылаются другие данные учения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the exercise clock has not been started</source>
        <translation>часы учения ещё не запущены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exercise has no module with id {id}</source>
        <translation>в учении нет модуля с идентификатором {id}</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>unknown kind {kind!r} (kinds are {known})</source>
        <translation>неизвестный вид {kind!r} (допустимые виды: {known})</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>use delete() or restore() to delete or restore an entry</source>
        <translation>чтобы удалить или восстановить запись, используйте delete() или restore()</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the exercise has no inject with id {id}</source>
        <translation>в учении нет вводной с идентификатором {id}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the improvement plan has no item with id {id}</source>
        <translation>в плане улучшений нет пункта с идентификатором {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no log entry with id {id}</source>
        <translation>в журнале нет записи с идентификатором {id}</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>the entry has no text</source>
        <translation>в записи нет текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry is too long ({size:,} characters; at most {most:,})</source>
        <translation>запись слишком длинная (символов: {size:,}; допустимо не больше {most:,})</translation>
    </message>
    <message>
        <location line="+316"/>
        <source>an entry cannot close itself</source>
        <translation>запись не может закрывать саму себя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no question with id {id}</source>
        <translation>нет вопроса с идентификатором {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown tag {tag!r} (tags are {known})</source>
        <translation>неизвестная отметка {tag!r} (допустимые отметки: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>A recommendation needs the issue it answers.</source>
        <translation>В рекомендации должна быть проблема, на которую она отвечает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another recommendation to merge into.</source>
        <translation>Выберите другую рекомендацию, с которой её объединить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>That recommendation is no longer there.</source>
        <translation>Этой рекомендации больше нет.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>That vote is no longer there.</source>
        <translation>Этого голосования больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This recommendation is in the improvement plan already.</source>
        <translation>Эта рекомендация уже включена в план улучшений.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which recommendations matter most?</source>
        <translation>Какие рекомендации важнее всего?</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>the exercise is open read-only; open it for writing to host a room</source>
        <translation>учение открыто только для чтения; чтобы открыть зал, откройте учение для записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is closed; open it first</source>
        <translation>зал закрыт; сначала откройте его</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>выдана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>пропущена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject {number} is {status}, not {expected}</source>
        <translation>вводная {number}: состояние «{status}», а не «{expected}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject {number} has already been released</source>
        <translation>вводная {number} уже выдана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift by 1 to {most} minutes, forward or back</source>
        <translation>сдвигать можно на 1–{most} минут вперёд или назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no pending inject to move</source>
        <translation>нет ожидающих вводных, которые можно сдвинуть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file refused the change ({reason})</source>
        <translation>файл отклонил изменение ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other records still name it, or it names a record that is gone</source>
        <translation>на эту запись ещё ссылаются другие записи, или она ссылается на запись, которой уже нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another record already has this {field}</source>
        <translation>такое значение поля {field} уже есть у другой записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists; a backup is never restored over a file</source>
        <translation>уже существует; резервная копия никогда не восстанавливается поверх существующего файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} exists</source>
        <translation>{path} уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup folder cannot be written ({reason})</source>
        <translation>в папку резервных копий нельзя записать ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup could not be made ({reason})</source>
        <translation>не удалось сделать резервную копию ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup could not be written ({reason})</source>
        <translation>не удалось записать резервную копию ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>could not be restored ({reason})</source>
        <translation>не удалось восстановить ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be moved aside ({reason}); it was left as it is</source>
        <translation>не удалось переименовать, чтобы отложить в сторону ({reason}); файл оставлен как был</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup did not verify ({verdict})</source>
        <translation>резервная копия не прошла проверку ({verdict})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a folder, not an exercise file</source>
        <translation>это папка, а не файл учения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an exercise file (not an SQLite database)</source>
        <translation>не является файлом учения (это не база данных SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is an SQLite database but not a TTX Desktop exercise file</source>
        <translation>это база данных SQLite, но не файл учения TTX Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer version of TTX Desktop (file schema {version}, this version reads up to {supported}); update the program to open it</source>
        <translation>записан более новой версией TTX Desktop (схема файла {version}, эта версия читает схемы до {supported}); чтобы открыть его, обновите программу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is an exercise file that was never completed</source>
        <translation>файл учения, создание которого не было завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+48"/>
        <location line="+3"/>
        <source>is damaged (SQLite reports: {verdict})</source>
        <translation>повреждён (сообщение SQLite: {verdict})</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>is not a complete exercise file (missing tables: {tables})</source>
        <translation>неполный файл учения (нет таблиц: {tables})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be written safely here: write-ahead logging is not available on this file system (journal mode stayed &apos;{mode}&apos;); copy the file to a local disk</source>
        <translation>здесь запись в файл ненадёжна: журнал упреждающей записи (WAL) недоступен в этой файловой системе (режим журнала SQLite остался «{mode}»); скопируйте файл на локальный диск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be written safely here: synchronous=FULL did not take</source>
        <translation>здесь запись в файл ненадёжна: не удалось включить synchronous=FULL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot enforce foreign keys on this SQLite build</source>
        <translation>эта сборка SQLite не может обеспечить проверку внешних ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be opened ({reason})</source>
        <translation>не удаётся открыть ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be opened for writing ({reason})</source>
        <translation>не удалось открыть для записи ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>is damaged or not a database ({reason})</source>
        <translation>повреждён или не является базой данных ({reason})</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+22"/>
        <source>could not be read ({reason})</source>
        <translation>не удалось прочитать ({reason})</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>is the open file itself; choose another name</source>
        <translation>это и есть открытый файл; выберите другое имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>was moved or deleted while open; nothing more is written to it (use Save a copy to put the exercise back on disk)</source>
        <translation>перемещён или удалён, пока был открыт; в него больше ничего не записывается (чтобы вернуть учение на диск, выберите Файл → Сохранить копию как)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be opened for writing: the folder is read-only (open it read-only, or copy it to a folder you can write to)</source>
        <translation>не удаётся открыть для записи: папка доступна только для чтения (откройте файл только для чтения или скопируйте его в папку, где есть право записи)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <source>the copy did not verify ({verdict})</source>
        <translation>копия не прошла проверку ({verdict})</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>the exercise file holds no exercise</source>
        <translation>в файле учения нет данных учения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full; nothing was written (free some space and try again)</source>
        <translation>диск заполнен; ничего не записано (освободите место и попробуйте снова)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be written (the file or its folder is read-only)</source>
        <translation>запись невозможна (файл или его папка доступны только для чтения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be written (permission denied)</source>
        <translation>запись невозможна (нет прав доступа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>is busy: another program is writing to it; try again</source>
        <translation>занят: в него пишет другая программа; попробуйте снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>could not be read or written (a disk or file system error)</source>
        <translation>не удалось прочитать или записать (ошибка диска или файловой системы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is closed; nothing more can be read from it or written to it</source>
        <translation>закрыт; из него больше нельзя читать и в него нельзя писать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the change was refused by the file&apos;s own rules ({reason})</source>
        <translation>изменение отклонено правилами самого файла ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{program} (process {pid}, user {user}) on {host} since {since}</source>
        <translation>{program} (процесс {pid}, пользователь {user}) на компьютере {host} с {since}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its lock file keeps changing; try again</source>
        <translation>файл блокировки всё время меняется; попробуйте ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program</source>
        <translation>другая программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is open for writing by {who}; close it there first, or open it read-only</source>
        <translation>открыт для записи, его держит {who}; сначала закройте его там или откройте только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log entries</source>
        <translation>записи журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revisions of log entries</source>
        <translation>редакции записей журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback forms</source>
        <translation>анкеты обратной связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendations</source>
        <translation>рекомендации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injects</source>
        <translation>вводные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject targets</source>
        <translation>адресаты вводных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject objectives</source>
        <translation>связи вводных с целями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teams</source>
        <translation>команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objectives</source>
        <translation>цели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modules</source>
        <translation>модули</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy recommendations</source>
        <translation>рекомендации для политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revisions of policy recommendations</source>
        <translation>редакции рекомендаций для политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes</source>
        <translation>голосования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ballots</source>
        <translation>бюллетени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject</source>
        <translation>вводная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>модуль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objective</source>
        <translation>цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module {key} was added on both laptops as different records; kept this file&apos;s</source>
        <translation>модуль {key} добавлен на обоих ноутбуках как разные записи; оставлен вариант этого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added {entries} log entries, {revisions} revisions of entries already here, {feedback} feedback forms, {recommendations} recommendations; {conflicts} to check</source>
        <translation>добавлено записей журнала: {entries}, новых редакций уже имевшихся записей: {revisions}, анкет обратной связи: {feedback}, рекомендаций: {recommendations}; требуют проверки: {conflicts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {key} was added on both laptops as different records; kept this file&apos;s</source>
        <translation>команда {key} добавлена на обоих ноутбуках как разные записи; оставлен вариант этого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objective {key} was added on both laptops as different records; kept this file&apos;s</source>
        <translation>цель {key} добавлена на обоих ноутбуках как разные записи; оставлен вариант этого файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is the file itself; choose another laptop&apos;s copy</source>
        <translation>это и есть текущий файл; выберите копию с другого ноутбука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large to merge ({size:,} bytes; at most {limit:,}): no copy of an exercise grows this big; nothing was changed</source>
        <translation>слишком велик для объединения (размер в байтах: {size:,}; допустимо не больше {limit:,}): ни одна копия учения не бывает такой большой; ничего не изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{policy} policy recommendations or their revisions, {votes} votes or ballots</source>
        <translation>рекомендаций для политики или их редакций: {policy}, голосований или бюллетеней: {votes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds more than {cap:,} {words}, more than any copy of an exercise holds; refused before reading it, nothing was changed</source>
        <translation>содержит слишком много данных ({words}: больше {cap:,}) — больше, чем бывает в любой копии учения; файл отклонён до чтения, ничего не изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a copy of another exercise ({theirs!r}, not {ours!r}); only copies of the same exercise can be merged</source>
        <translation>это копия другого учения ({theirs!r}, а не {ours!r}); объединять можно только копии одного и того же учения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log entry {id} ({text}) names a {kinds} this file lacks; kept without it</source>
        <translation>запись журнала {id} ({text}) ссылается на то, чего нет в этом файле ({kinds}); запись сохранена без этой ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject {number} ({title}) of the other copy could not be added (its number is taken or its module is missing)</source>
        <translation>вводную {number} ({title}) из другой копии не удалось добавить (её номер уже занят или нет её модуля)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log entry {id} ({text}) was edited on both laptops; kept this file&apos;s version</source>
        <translation>запись журнала {id} ({text}) изменена на обоих ноутбуках; оставлен вариант этого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation {issue!r} names an objective this file lacks; kept without it</source>
        <translation>рекомендация {issue!r} ссылается на цель, которой нет в этом файле; сохранена без неё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the days {name} came differ in the other copy; kept this file&apos;s</source>
        <translation>дни присутствия участника {name} в другой копии отличаются; оставлены дни из этого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject {number} ({title}) differs in the other copy ({fields}); kept this file&apos;s</source>
        <translation>вводная {number} ({title}) в другой копии отличается ({fields}); оставлен вариант этого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation {issue!r} differs in the other copy ({fields}); kept this file&apos;s</source>
        <translation>рекомендация {issue!r} в другой копии отличается ({fields}); оставлен вариант этого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation {issue!r} was edited on both laptops; kept this file&apos;s version</source>
        <translation>рекомендация {issue!r} изменена на обоих ноутбуках; оставлен вариант этого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ballot cast on the other laptop for {question!r} came after this file closed the vote; not counted</source>
        <translation>бюллетень, поданный на другом ноутбуке по вопросу {question!r}, пришёл после закрытия голосования в этом файле; не учтён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds a value TTX Desktop cannot read ({kind}: {why})</source>
        <translation>содержит значение, которое TTX Desktop не может прочитать ({kind}: {why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost its write-ahead log ({name}-wal is missing or cut short): the last changes are not in the file</source>
        <translation>потерял журнал упреждающей записи ({name}-wal отсутствует или обрезан): последних изменений в файле нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a write-ahead log ({name}-wal) that belongs to another exercise file</source>
        <translation>рядом с ним лежит журнал упреждающей записи ({name}-wal) от другого файла учения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {name!r} is missing</source>
        <translation>{kind} {name!r}: отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was changed outside TTX Desktop ({problems}); refused, as its schema could alter or drop what is written to it</source>
        <translation>изменён вне TTX Desktop ({problems}); отклонён, так как его схема может изменить или удалить то, что в него записывается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a value in table {table!r} over {size} MB, which no exercise needs; refused</source>
        <translation>содержит в таблице {table!r} значение больше {size} МБ, какое не нужно ни одному учению; отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} {name!r} differs</source>
        <translation>{kind} {name!r}: отличается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} {name!r} was added</source>
        <translation>{kind} {name!r}: добавлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was changed outside TTX Desktop ({problems} and {more} more); refused, as its schema could alter or drop what is written to it</source>
        <translation>изменён вне TTX Desktop ({problems} и ещё {more}); отклонён, так как его схема может изменить или удалить то, что в него записывается</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>could not be copied to this computer ({reason})</source>
        <translation>не удалось скопировать на этот компьютер ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a write-ahead log beside it ({name}) with changes of its own; it was not replaced</source>
        <translation>рядом с ним лежит журнал упреждающей записи ({name}) с собственными изменениями; файл не заменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not read back the same as the local copy</source>
        <translation>при повторном чтении не совпал с локальной копией</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>could not be written back ({reason}); the local copy {local} is kept</source>
        <translation>не удалось записать обратно ({reason}); локальная копия {local} сохранена</translation>
    </message>
</context>
<context>
    <name>ModuleForm</name>
    <message>
        <location filename="../../ui/module_form.ui" line="+16"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Narrative:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What has happened by the start of this module</source>
        <translation>Что произошло к началу этого модуля</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key issues:</source>
        <translation>&amp;Ключевые вопросы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One issue per line</source>
        <translation>По одному вопросу в строке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discussion &amp;questions:</source>
        <translation>Вопросы для &amp;обсуждения:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One question per line</source>
        <translation>По одному вопросу в строке</translation>
    </message>
</context>
<context>
    <name>ModulesEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/editors/modules_editor.py" line="+44"/>
        <source>Add module</source>
        <translation>Добавить модуль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete module</source>
        <translation>Удалить модуль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No modules yet. Add one for each phase of the scenario, often one a day.</source>
        <translation>Модулей пока нет. Добавьте по одному на каждый этап сценария, часто по одному на день.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts at</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day (HH:MM), or empty</source>
        <translation>Время суток (ЧЧ:ММ) или пусто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Module {0}</source>
        <translation>Модуль {0}</translation>
    </message>
</context>
<context>
    <name>MselImport</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="-608"/>
        <source>Keep in the notes</source>
        <translation>Сохранить в заметках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>Не переносить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned time</source>
        <translation>Время по плану</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from the start (T+)</source>
        <translation>Время от начала (T+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day or date</source>
        <translation>День или дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Module title</source>
        <translation>Название модуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Inject text</source>
        <translation>Текст вводной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (teams)</source>
        <translation>Кому (команды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery method</source>
        <translation>Способ выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected actions</source>
        <translation>Ожидаемые действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator notes</source>
        <translation>Заметки ведущего</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Scenario time</source>
        <translation>Время сценария</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned to a time of day</source>
        <translation>Привязана ко времени суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released (exercise clock)</source>
        <translation>Выдана (часы учения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released at (date and time)</source>
        <translation>Выдана (дата и время)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section heading, left out</source>
        <translation>заголовок раздела, не перенесён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated header row, left out</source>
        <translation>повтор строки заголовков, не перенесена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no title and no text, left out</source>
        <translation>нет ни названия, ни текста, не перенесена</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken as</source>
        <translation>Считается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised: each row&apos;s value is kept in the inject&apos;s notes</source>
        <translation>Не распознан: значение каждой строки сохраняется в заметках вводной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guess from the header&apos;s words</source>
        <translation>Догадка по словам заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: fix it in the sheet or change the mapping</source>
        <translation>Ошибка: исправьте в таблице или измените сопоставление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: imported as said</source>
        <translation>Предупреждение: импортировано, как сказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an inject: left out</source>
        <translation>Не вводная: не перенесена</translation>
    </message>
</context>
<context>
    <name>MselImportDialog</name>
    <message>
        <location filename="../../ui/msel_import_dialog.ui" line="+8"/>
        <location filename="../../build/translations/helper_strings.py" line="-50"/>
        <source>Import MSEL spreadsheet</source>
        <translation>Импорт таблицы MSEL</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sheet that holds the MSEL; the one that looks most like one is chosen first</source>
        <translation>Лист с MSEL; сначала выбран тот, что больше всего на него похож</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each column of the sheet holds. Change a guess with its list.</source>
        <translation>Что содержит каждый столбец листа. Догадку можно изменить в её списке.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first injects as they would be imported.</source>
        <translation>Первые вводные в том виде, в каком они будут импортированы.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import into</source>
        <translation>Куда импортировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;open exercise</source>
        <translation>В &amp;открытое учение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;new exercise file, titled:</source>
        <translation>В &amp;новый файл учения с названием:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title of the new exercise</source>
        <translation>Название нового учения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create the teams the sheet names that the exercise lacks (else they are kept in the notes)</source>
        <translation>&amp;Создать команды, названные в таблице, которых нет в учении (иначе они сохраняются в заметках)</translation>
    </message>
    <message>
        <location filename="../../ttx_desktop/gui/msel_import_dialog.py" line="+98"/>
        <source>Spreadsheet: {0}</source>
        <translation>Таблица: {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The open exercise (none is open)</source>
        <translation>Открытое учение (ни одно не открыто)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;open exercise, “{0}” (Edit → Undo takes the import out)</source>
        <translation>В &amp;открытое учение «{0}» (Правка → Отменить уберёт импорт)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The exercise is open read-only</source>
        <translation>Учение открыто только для чтения</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading {0}…</source>
        <translation>Читается {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title above the table: {0}</source>
        <translation>Заголовок над таблицей: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header in row {0}</source>
        <translation>Заголовки в строке {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns taken as you chose for a sheet with these headers</source>
        <translation>Столбцы поняты так, как вы выбрали для листа с такими заголовками</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+5"/>
        <source>{0}: cannot be read ({1}: {2})</source>
        <translation>{0}: не удаётся прочитать ({1}: {2})</translation>
    </message>
    <message>
        <location filename="../../ttx_desktop/gui/msel_import_dialog.py" line="+18"/>
        <source>Nothing can be imported from this file.</source>
        <translation>Из этого файла нечего импортировать.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose another file, or save this one as .xlsx or CSV.</source>
        <translation>Выберите другой файл или сохраните этот как .xlsx или CSV.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Import {0} injects</source>
        <translation>&amp;Импортировать вводные: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import {0} inject</source>
        <translation>&amp;Импортировать вводную: {0}</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Sheet “{0}” set aside: {1}</source>
        <translation>Лист «{0}» отложен: {1}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checking the rows…</source>
        <translation>Проверяются строки…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Problems — errors: {0} · warnings: {1} · rows left out: {2}</source>
        <translation>Проблемы — ошибок: {0} · предупреждений: {1} · строк не перенесено: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 problem</source>
        <translation>1 проблема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} problems</source>
        <translation>Проблем: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to fix before anything is imported: take a column as something else above, or correct the sheet and import it again.</source>
        <translation>{0} — исправьте до импорта: задайте выше другое значение столбца или исправьте таблицу и импортируйте её снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet holds no injects to import.</source>
        <translation>На листе нет вводных для импорта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds {0} injects</source>
        <translation>Добавит вводных: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adds 1 inject</source>
        <translation>Добавит 1 вводную</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} new modules</source>
        <translation>новых модулей: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} new teams ({1})</source>
        <translation>новых команд: {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} new objectives</source>
        <translation>новых целей: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is written until you import.</source>
        <translation>Пока вы не импортируете, ничего не записывается.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was imported. {0}</source>
        <translation>Ничего не импортировано. {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot undo or redo</source>
        <translation>Не удаётся отменить или повторить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New exercise from the MSEL</source>
        <translation>Новое учение из MSEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercises (*.ttxdb)</source>
        <translation>Учения (*.ttxdb)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>already exists; choose another name</source>
        <translation>уже существует; выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="-4"/>
        <source>Imported {0} injects from {1}</source>
        <translation>Импортировано вводных: {0}, из {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {0} inject from {1}</source>
        <translation>Импортирована вводная: {0}, из {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({0})</source>
        <translation>Таблицы ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit → Undo takes them out</source>
        <translation>Правка → Отменить уберёт их</translation>
    </message>
</context>
<context>
    <name>MselModel</name>
    <message>
        <location filename="../../ttx_desktop/gui/msel_model.py" line="+149"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario time</source>
        <translation>Время сценария</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{0} (pinned)</source>
        <translation>{0} (привязана)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Released {0}</source>
        <translation>Выдана {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} on the module&apos;s clock</source>
        <translation>{0} по часам модуля</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pinned to {0} on the wall clock</source>
        <translation>Привязана к {0} по обычным часам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected at about {0} at the current pace</source>
        <translation>При нынешнем темпе — около {0}</translation>
    </message>
</context>
<context>
    <name>MselPanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/msel_panel.py" line="+48"/>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ожидают выдачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due or overdue</source>
        <translation>Пора выдать или просрочены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Выданные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Пропущенные</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No injects yet. Write them under Prepare → Injects (MSEL), or start from an exercise definition or an MSEL spreadsheet (File menu). If filters are set above, clear them to see every inject.</source>
        <translation>Вводных пока нет. Напишите их в разделе «Подготовка → Вводные (MSEL)» или начните с описания учения либо таблицы MSEL (меню «Файл»). Если выше заданы фильтры, сбросьте их, чтобы увидеть все вводные.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+1"/>
        <source>Search injects</source>
        <translation>Поиск вводных</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Injects (MSEL)</source>
        <translation>Вводные (MSEL)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All modules</source>
        <translation>Все модули</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
</context>
<context>
    <name>NewExerciseDialog</name>
    <message>
        <location filename="../../ttx_desktop/gui/new_exercise_dialog.py" line="+29"/>
        <source>New exercise</source>
        <translation>Новое учение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Flood at Riverton</source>
        <translation>например, Наводнение в Ривертоне</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the exercise a title.</source>
        <translation>Дайте учению название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day is before the first day.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
</context>
<context>
    <name>NextInjectForm</name>
    <message>
        <location filename="../../ui/next_inject_panel.ui" line="+55"/>
        <source>NEXT INJECT</source>
        <translation>СЛЕДУЮЩАЯ ВВОДНАЯ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show next</source>
        <translation>К следующей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to following the next inject</source>
        <translation>Снова следить за следующей вводной</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Expected actions</source>
        <translation>Ожидаемые действия</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Facilitator notes</source>
        <translation>Заметки ведущего</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Release</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release this inject to its teams (F7)</source>
        <translation>Выдать эту вводную её командам (F7)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this inject out (Shift+F7)</source>
        <translation>Не выдавать эту вводную (Shift+F7)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delay…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan this inject some minutes later (F8)</source>
        <translation>Перенести эту вводную на несколько минут позже (F8)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More actions for this inject</source>
        <translation>Другие действия с этой вводной</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Undo release</source>
        <translation>Отменить выдачу</translation>
    </message>
</context>
<context>
    <name>NextInjectPanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/next_inject_panel.py" line="+122"/>
        <source>Release inject</source>
        <translation>Выдать вводную</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip inject</source>
        <translation>Пропустить вводную</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay inject…</source>
        <translation>Отложить вводную…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift following injects…</source>
        <translation>Сдвинуть следующие вводные…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound when an inject is due</source>
        <translation>Звук, когда пора выдать вводную</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>SELECTED INJECT</source>
        <translation>ВЫБРАННАЯ ВВОДНАЯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT INJECT</source>
        <translation>СЛЕДУЮЩАЯ ВВОДНАЯ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No inject waiting</source>
        <translation>Вводных в ожидании нет</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Planned {0}</source>
        <translation>По плану {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinned to {0}</source>
        <translation>Привязана к {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from {0}</source>
        <translation>от: {0}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Last released: inject {0}</source>
        <translation>Последней выдана вводная {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo release of {0}</source>
        <translation>Отменить выдачу {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Released {0}  ({1})</source>
        <translation>Выдана {0}  ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Пропущена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now  ·  {0} past</source>
        <translation>Пора выдать  ·  прошло {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue by {0}</source>
        <translation>Просрочена на {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When its module&apos;s clock starts</source>
        <translation>Когда пойдут часы её модуля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {0}</source>
        <translation>через {0}</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/note_panel.py" line="+117"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This exercise is open read-only: notes cannot be logged here.</source>
        <translation>Учение открыто только для чтения: записи здесь делать нельзя.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Write a note</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note &amp;team</source>
        <translation>&amp;Команда записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note &amp;kind</source>
        <translation>&amp;Вид записи</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The whole room, or no team in particular ({0})</source>
        <translation>Весь зал или никакая команда в отдельности ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>No team</source>
        <translation>Без команды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alt+1…{0} team · </source>
        <translation>Alt+1…{0} команда · </translation>
    </message>
    <message>
        <location line="-100"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Next &amp;objective</source>
        <translation>Следующая &amp;цель</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{0}Alt+{1} kind · Alt+J objective · Enter logs</source>
        <translation>{0}Alt+{1} вид · Alt+J цель · Enter — записать</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No inject</source>
        <translation>Без вводной</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Nothing to log yet: the note has no text.</source>
        <translation>Записывать пока нечего: в заметке нет текста.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not logged: {0}. Your text is kept.</source>
        <translation>Не записано: {0}. Ваш текст сохранён в поле.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not saved: {0} — {1}. Your text is kept; press Enter to try again.</source>
        <translation>Не сохранено: {0} — {1}. Ваш текст сохранён в поле; нажмите Enter, чтобы попробовать снова.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved ({0}). Your text is kept.</source>
        <translation>Не сохранено ({0}). Ваш текст сохранён в поле.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no team</source>
        <translation>без команды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logged at {0}: {1}</source>
        <translation>Записано в {0}: {1}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Log the note</source>
        <translation>Записать заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the note</source>
        <translation>Новая строка в заметке</translation>
    </message>
</context>
<context>
    <name>NotePanelForm</name>
    <message>
        <location filename="../../ui/note_panel.ui" line="+46"/>
        <source>Team:</source>
        <translation>Команда:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The team the entry is about</source>
        <translation>Команда, о которой запись</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the entry records</source>
        <translation>Что фиксирует запись</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inject:</source>
        <translation>Вводная:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The inject this entry answers: the latest released to the team, unless you choose another</source>
        <translation>Вводная, на которую отвечает запись: последняя выданная команде, если не выбрать другую</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Objective:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The objective this entry speaks to: the inject&apos;s when it has only one, unless you choose another (Alt+J)</source>
        <translation>Цель, к которой относится запись: цель вводной, если она у неё одна, пока вы не выберете другую (Alt+J)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who is taking these notes; remembered for next time</source>
        <translation>Кто ведёт записи; запоминается на следующий раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type what the team says or decides, then press Enter</source>
        <translation>Введите, что команда говорит или решает, и нажмите Enter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log the entry (Enter); Shift+Enter starts a new line</source>
        <translation>Записать (Enter); Shift+Enter — новая строка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log</source>
        <translation>Записать</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ttx_desktop/gui/notice.py" line="+49"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <location filename="../../ui/objective_form.ui" line="+16"/>
        <source>Critical tasks</source>
        <translation>Ключевые задачи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tasks:</source>
        <translation>&amp;Задачи:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What players must do to meet the objective, one task per line</source>
        <translation>Что игроки должны сделать для достижения цели, по одной задаче в строке</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;valuator notes:</source>
        <translation>&amp;Заметки оценщика:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the evaluators saw, for the after-action report</source>
        <translation>Что увидели оценщики, для отчёта по итогам учения</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/editors/objectives_editor.py" line="+36"/>
        <source>Add objective</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete objective</source>
        <translation>Удалить цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No objectives yet. Add what the exercise must test, such as “O1 — Warn the public in time”.</source>
        <translation>Целей пока нет. Добавьте, что должно проверить учение, например «Ц1 — Вовремя оповестить население».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P — performed without challenges</source>
        <translation>P — выполнено без затруднений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S — performed with some challenges</source>
        <translation>S — выполнено с некоторыми затруднениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M — performed with major challenges</source>
        <translation>M — выполнено со значительными затруднениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U — unable to be performed</source>
        <translation>U — выполнить не удалось</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capability</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New objective</source>
        <translation>Новая цель</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/editors/participants_editor.py" line="+40"/>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No participants yet. Add the players, facilitators, note-takers and observers.</source>
        <translation>Участников пока нет. Добавьте игроков, ведущих, протоколистов и наблюдателей.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note-taker / evaluator</source>
        <translation>Протоколист / оценщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Контролёр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The days of the exercise the person came, e.g. 1, 2</source>
        <translation>Дни учения, в которые участник присутствовал, например 1, 2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+47"/>
        <source>recommendation “{0}”</source>
        <translation>рекомендация «{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {0}</source>
        <translation>Добавление: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {0}</source>
        <translation>Удаление: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge {0}</source>
        <translation>Объединение: {0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ttx_desktop/gui/preferences_dialog.py" line="+31"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents are written in the exercise&apos;s own language, whatever the interface language.</source>
        <translation>Документы пишутся на языке самого учения, независимо от языка интерфейса.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A presentation &amp;clicker&apos;s Page Down and Page Up step through the injects</source>
        <translation>&amp;Пульт для презентаций: Page Down и Page Up листают вводные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the presenter window: Page Down shows the next inject, releasing it when the room already sees the latest; Page Up the one before</source>
        <translation>В окне для экрана: Page Down показывает следующую вводную (и выдаёт её, если зал уже видит последнюю), Page Up — предыдущую</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../ttx_desktop/gui/presenter_window.py" line="+53"/>
        <source>TTX Desktop — Presenter</source>
        <translation>TTX Desktop — проектор</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan to join</source>
        <translation>Отсканируйте, чтобы подключиться</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black-out</source>
        <translation>Затемнить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda of the day</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote results</source>
        <translation>Итоги голосования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave full screen</source>
        <translation>Выйти из полноэкранного режима</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Presentation clicker (Page Down / Page Up)</source>
        <translation>Пульт для презентаций (Page Down / Page Up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show on screen</source>
        <translation>Показать на экране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Table {0}</source>
        <translation>Стол {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For: all tables</source>
        <translation>Для: всех столов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: {0}</source>
        <translation>Для: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The exercise will begin shortly.</source>
        <translation>Учение скоро начнётся.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inject {0}</source>
        <translation>Вводная {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From: {0}</source>
        <translation>От: {0}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Discussion {0}</source>
        <translation>Обсуждение {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+5"/>
        <source>Presenter: full screen</source>
        <translation>Проектор: во весь экран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: black-out</source>
        <translation>Проектор: затемнить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: agenda of the day</source>
        <translation>Экран: повестка дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: the vote&apos;s results</source>
        <translation>Презентация: итоги голосования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: the recommendations</source>
        <translation>Презентация: рекомендации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: leave full screen</source>
        <translation>Проектор: выйти из полноэкранного режима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: next inject (a clicker), releasing it if need be</source>
        <translation>Экран: следующая вводная (пульт), с выпуском при необходимости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: previous inject (a clicker)</source>
        <translation>Экран: предыдущая вводная (пульт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter: the console&apos;s keys (release, clock, presenter)</source>
        <translation>Экран: клавиши пульта ведущего (выпуск, часы, экран)</translation>
    </message>
</context>
<context>
    <name>ProgramJob</name>
    <message>
        <location filename="../../ttx_desktop/gui/background.py" line="+123"/>
        <source>{0} stopped (exit code {1})</source>
        <translation>{0} остановилась (код выхода {1})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} could not be started ({1})</source>
        <translation>не удалось запустить {0} ({1})</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/recommendation_editor.py" line="+135"/>
        <source>Short term</source>
        <translation>Краткосрочно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium term</source>
        <translation>Среднесрочно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long term</source>
        <translation>Долгосрочно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On dates</source>
        <translation>К датам</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not asked yet</source>
        <translation>Ещё не проводились</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Freedom of expression</source>
        <translation>Свобода выражения мнений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Неприкосновенность частной жизни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due process</source>
        <translation>Надлежащая правовая процедура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-discrimination</source>
        <translation>Недискриминация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association and religion</source>
        <translation>Объединения и вероисповедание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights of the child</source>
        <translation>Права ребёнка</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>None linked yet.</source>
        <translation>Пока не привязаны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the plan yet.</source>
        <translation>Пока не в плане.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the plan: {0}</source>
        <translation>В плане: {0}</translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <location filename="../../ui/recommendation_form.ui" line="+8"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Issue:</source>
        <translation>Про&amp;блема:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The problem it answers</source>
        <translation>Проблема, на которую она отвечает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What policymakers should do</source>
        <translation>Что следует сделать лицам, принимающим решения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The institution that leads</source>
        <translation>Ведущее учреждение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who works with it</source>
        <translation>Кто участвует</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates or milestones</source>
        <translation>Даты или этапы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In&amp;dicator:</source>
        <translation>По&amp;казатель:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How progress will be measured</source>
        <translation>Как будет измеряться прогресс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Status:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it may be agreed despite a negative verdict</source>
        <translation>Почему её можно согласовать, несмотря на отрицательное заключение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables:</source>
        <translation>Столы:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part&amp;ners:</source>
        <translation>Парт&amp;нёры:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timeline:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revie&amp;w note:</source>
        <translation>Приме&amp;чание проверки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human-rights review</source>
        <translation>Проверка на соответствие правам человека</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rights touched:</source>
        <translation>Затрагиваемые права:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal &amp;basis:</source>
        <translation>Правовая основ&amp;а:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safeg&amp;uards:</source>
        <translation>&amp;Гарантии:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proportionalit&amp;y:</source>
        <translation>Сораз&amp;мерность:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Verdict:</source>
        <translation>Заключение:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Gender impact:</source>
        <translation>Г&amp;ендерное воздействие:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women&apos;s organisations consulted:</source>
        <translation>Консультации с женскими организациями:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carry into the improvement plan</source>
        <translation>Включить в план улучшений</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The law or article it rests on</source>
        <translation>Закон или статья, на которых она основана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What keeps it lawful: authorisation, notice, appeal…</source>
        <translation>Что обеспечивает законность: санкция, уведомление, обжалование…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the measure is no wider than needed</source>
        <translation>Почему мера не шире необходимого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender analysis</source>
        <translation>Гендерный анализ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The different impact on women, men, girls and boys</source>
        <translation>Различное воздействие на женщин, мужчин, девочек и мальчиков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log entries:</source>
        <translation>Записи журнала:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ob&amp;jectives:</source>
        <translation>&amp;Цели:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Improvement plan:</source>
        <translation>План улучшений:</translation>
    </message>
</context>
<context>
    <name>RecommendationsEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/editors/recommendations_editor.py" line="+35"/>
        <source>Add recommendation</source>
        <translation>Добавить рекомендацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete recommendation</source>
        <translation>Удалить рекомендацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recommendations yet. After the exercise, add one corrective action for each area for improvement.</source>
        <translation>Рекомендаций пока нет. После учения добавьте по одной корректирующей мере на каждое, что нужно улучшить.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Issue / area for improvement</source>
        <translation>Проблема / что улучшить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrective action</source>
        <translation>Корректирующая мера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capability element</source>
        <translation>Элемент возможности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible organisation</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point of contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completion</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New issue</source>
        <translation>Новая проблема</translation>
    </message>
</context>
<context>
    <name>RecommendationsModel</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+1"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Согласована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Объединена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Not reviewed</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Compliant</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs safeguards</source>
        <translation>Нужны гарантии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not compliant</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Considered</source>
        <translation>Учтены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs work</source>
        <translation>Требуют доработки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not considered</source>
        <translation>Не учтены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables</source>
        <translation>Столы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human rights: {0}
Gender: {1}</source>
        <translation>Права человека: {0}
Гендер: {1}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No theme</source>
        <translation>Без темы</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../ttx_desktop/gui/presenter_policy.py" line="+96"/>
        <source>Owner: {0}</source>
        <translation>Ответственный: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline: {0}</source>
        <translation>Сроки: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed by: {0}</source>
        <translation>Предложено: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Human rights: {0}</source>
        <translation>Права человека: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender: {0}</source>
        <translation>Гендер: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreed recommendations</source>
        <translation>Согласованные рекомендации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None agreed yet.</source>
        <translation>Пока ни одна не согласована.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/recommendations_panel.py" line="+81"/>
        <source>Recommendations by theme</source>
        <translation>Рекомендации по темам</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows this recommendation on the presenter window (R there shows them all)</source>
        <translation>Показывает эту рекомендацию в окне презентации (клавиша R там показывает все)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compliant</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs safeguards</source>
        <translation>Нужны гарантии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not compliant</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human rights: {0}</source>
        <translation>Права человека: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Considered</source>
        <translation>Учтены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs work</source>
        <translation>Требуют доработки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not considered</source>
        <translation>Не учтены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender: {0}</source>
        <translation>Гендер: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next recommendation</source>
        <translation>Следующая рекомендация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous recommendation</source>
        <translation>Предыдущая рекомендация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open (not merged or withdrawn)</source>
        <translation>Открытые (не объединённые и не отозванные)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any review</source>
        <translation>Любая проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A negative verdict</source>
        <translation>Отрицательное заключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed, no objection</source>
        <translation>Проверены, без возражений</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All tables</source>
        <translation>Все столы</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+137"/>
        <source>New recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show to the room</source>
        <translation>Показать залу</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Merge into</source>
        <translation>Объединить с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge this recommendation into (both tables are kept):</source>
        <translation>Объединить эту рекомендацию с (оба стола сохраняются):</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ttx_desktop/gui/restore_backup_dialog.py" line="+13"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick a backup of {0}. It opens as a new file beside the exercise file; the exercise file itself is left as it is.
Backups are kept in {1}.</source>
        <translation>Выберите резервную копию файла {0}. Она откроется как новый файл рядом с файлом учения; сам файл учения останется без изменений.
Резервные копии хранятся в {1}.</translation>
    </message>
</context>
<context>
    <name>RoomMenu</name>
    <message>
        <location filename="../../ttx_desktop/gui/room_menu.py" line="+51"/>
        <source>&amp;Open the room…</source>
        <translation>&amp;Открыть зал…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let phones in the room join by QR code</source>
        <translation>Дать телефонам в зале подключиться по QR-коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop the room</source>
        <translation>&amp;Закрыть зал</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;note-taker link</source>
        <translation>Новая ссылка для &amp;протоколистов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close no&amp;te-taker link</source>
        <translation>Закрыть ссылку для п&amp;ротоколистов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;participant link</source>
        <translation>Новая ссылка для &amp;участников</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close p&amp;articipant link</source>
        <translation>Закрыть ссылку для у&amp;частников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;rapporteur link</source>
        <translation>Новая ссылка для &amp;докладчиков</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close rapporte&amp;ur link</source>
        <translation>Закрыть ссылку для до&amp;кладчиков</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print &amp;join sheet…</source>
        <translation>Печать &amp;листа подключения…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save join sheet as P&amp;DF…</source>
        <translation>Сохранить лист подключения в P&amp;DF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge another laptop&apos;s copy…</source>
        <translation>О&amp;бъединить с копией с другого ноутбука…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in the log, feedback and recommendations of a copy</source>
        <translation>Перенести из копии журнал, отзывы и рекомендации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room is open; click to show it</source>
        <translation>Зал открыт; щёлкните, чтобы показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room is open</source>
        <translation>Зал открыт</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Make a new link; the old one stops working at once</source>
        <translation>Создать новую ссылку; старая сразу перестанет работать</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Room open at {0} · devices: {1}</source>
        <translation>Зал открыт на {0} · устройств: {1}</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/room_panel.py" line="+124"/>
        <source>The room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The network phones reach the laptop on</source>
        <translation>Сеть, через которую телефоны видят ноутбук</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note-takers</source>
        <translation>Протоколисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table rapporteurs</source>
        <translation>Докладчики столов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print join sheet…</source>
        <translation>Печать листа подключения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save join sheet as PDF…</source>
        <translation>Сохранить лист подключения в PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stop the room</source>
        <translation>Закрыть зал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the room</source>
        <translation>Открыть зал</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open at {0} — devices connected: {1}</source>
        <translation>Открыт на {0} — подключено устройств: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed. Phones can join once the room is open on an address they reach.</source>
        <translation>Закрыт. Телефоны смогут подключиться, когда зал будет открыт на доступном им адресе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feedback forms: {0}, from {1} phones</source>
        <translation>Анкет участников: {0}, с телефонов: {1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open the room</source>
        <translation>Не удаётся открыть зал</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close this link? Phones that use it stop at once.</source>
        <translation>Закрыть эту ссылку? Телефоны, которые ею пользуются, сразу отключатся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close link</source>
        <translation>Закрыть ссылку</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save join sheet</source>
        <translation>Сохранить лист подключения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../../ttx_desktop/gui/safekeeping.py" line="+74"/>
        <source>{0} is on a removable drive or a network share (file system {1}). Such a drive can lose the last changes when it is unplugged or the network drops.

Work on a copy on this computer and write it back to the drive, checked, when you close the exercise or save a copy?</source>
        <translation>{0} находится на съёмном носителе или в сетевой папке (файловая система {1}). Если такой носитель отключить или пропадёт сеть, последние изменения могут быть потеряны.

Работать с копией на этом компьютере и записать её обратно на носитель (с проверкой) при закрытии учения или сохранении копии?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Exercise on a removable drive</source>
        <translation>Учение на съёмном носителе</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot open exercise</source>
        <translation>Не удаётся открыть учение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy on this computer left by an earlier session was not written back to the drive. Work goes on in it, so nothing it holds is lost:
{0}</source>
        <translation>Копия на этом компьютере, оставшаяся от прошлого сеанса, не была записана обратно на носитель. Работа продолжится в ней, чтобы ничего из неё не потерялось:
{0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exercise file damaged</source>
        <translation>Файл учения повреждён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}

No backup of it was found in {1}. The file was left as it is; see the reliability guide for what else can be tried.</source>
        <translation>{0}

Резервных копий этого файла в {1} не найдено. Файл оставлен как есть; что ещё можно попробовать, описано в руководстве по надёжности.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}

The newest good backup was taken {1} and holds {2} log entries and {3} injects.

Move the damaged file aside (it is renamed, nothing is deleted) and open the backup in its place?</source>
        <translation>{0}

Последняя исправная резервная копия создана {1}; в ней записей журнала: {2}, вводных: {3}.

Отложить повреждённый файл (он будет переименован, ничего не удаляется) и открыть вместо него резервную копию?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup taken {0} is now {1}.
The damaged file was kept as {2}.</source>
        <translation>Резервная копия от {0} теперь находится в {1}.
Повреждённый файл сохранён как {2}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not written back to the drive</source>
        <translation>Не записано обратно на носитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

Your work is safe in the copy on this computer:
{1}
It is written back the next time you open the exercise from the drive and close it.</source>
        <translation>{0}

Ваша работа в сохранности в копии на этом компьютере:
{1}
Она будет записана обратно, когда вы в следующий раз откроете учение с носителя и закроете его.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written back to {0} and checked</source>
        <translation>Записано обратно в {0} и проверено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no backups of {0} yet. One is taken a few minutes after a change, and when the exercise is closed.</source>
        <translation>Резервных копий файла {0} пока нет. Копия создаётся через несколько минут после изменения и при закрытии учения.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore</source>
        <translation>Не удаётся восстановить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup failed</source>
        <translation>Сбой резервного копирования</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed: {0}</source>
        <translation>Сбой резервного копирования: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup yet</source>
        <translation>Резервной копии пока нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up {0}</source>
        <translation>Резервная копия: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups are kept in {0}</source>
        <translation>Резервные копии хранятся в {0}</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/editors/schedule_editor.py" line="+34"/>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No presentations, breaks or plenaries yet. Add the speakers, coffee breaks and report-backs of each day: they show on the timeline and the agenda.</source>
        <translation>Выступлений, перерывов и пленарных заседаний пока нет. Добавьте выступающих, кофе-брейки и доклады столов каждого дня: они появятся на шкале времени и в повестке дня.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Presentation</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts at</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day (HH:MM), or empty</source>
        <translation>Время суток (ЧЧ:ММ) или пусто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message>
        <location filename="../../ttx_desktop/gui/msel_sheet_picker.py" line="+30"/>
        <source>Sheets…</source>
        <translation>Листы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the sheets to read together, one per day</source>
        <translation>Отметьте листы, которые нужно прочитать вместе, по одному на день</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ttx_desktop/gui/shortcuts_dialog.py" line="+62"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location line="-33"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/editors/table_editor.py" line="+138"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Not saved. {0}</source>
        <translation>Не сохранено. {0}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not saved. {0}: {1}</source>
        <translation>Не сохранено. {0}: {1}</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../../ttx_desktop/gui/table_view.py" line="+55"/>
        <source>Click to show every table again</source>
        <translation>Нажмите, чтобы снова показать все столы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every table again</source>
        <translation>Снова показать все столы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Table {0}</source>
        <translation>Стол {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Table view</source>
        <translation>Вид &amp;стола</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tables</source>
        <translation>Все столы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table &amp;handout</source>
        <translation>&amp;Раздаточный материал стола</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only {0}  ✕</source>
        <translation>Только {0}  ✕</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote the handout of {0} as {1}</source>
        <translation>Раздаточный материал: {0} записан в {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the handout</source>
        <translation>Не удалось записать раздаточный материал</translation>
    </message>
</context>
<context>
    <name>TeamsEditor</name>
    <message>
        <location filename="../../ttx_desktop/gui/editors/teams_editor.py" line="+36"/>
        <source>Add team</source>
        <translation>Добавить команду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete team</source>
        <translation>Удалить команду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No teams yet. Add one for each table, sector or agency cell.</source>
        <translation>Команд пока нет. Добавьте по одной на каждый стол, отрасль или ведомство.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose colour…</source>
        <translation>Выбрать цвет…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to choose a colour</source>
        <translation>Дважды щёлкните, чтобы выбрать цвет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New team {0}</source>
        <translation>Новая команда {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="-185"/>
        <source>◆ actual release   ▢ pinned</source>
        <translation>◆ фактическая выдача   ▢ привязана</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/timeline_panel.py" line="+227"/>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom timeline in</source>
        <translation>Увеличить шкалу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom timeline out</source>
        <translation>Уменьшить шкалу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit timeline</source>
        <translation>Уместить шкалу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit</source>
        <translation>Уместить</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Timeline: zoom at the pointer</source>
        <translation>Шкала: масштаб у указателя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+колесо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline: scroll</source>
        <translation>Шкала: прокрутка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wheel</source>
        <translation>Колесо</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>To: {0}</source>
        <translation>Кому: {0}</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+187"/>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {0}</source>
        <translation>Добавить: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {0}</source>
        <translation>Изменить: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit exercise details</source>
        <translation>Изменить сведения об учении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import {0} injects</source>
        <translation>Импортировать вводные: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import {0} inject</source>
        <translation>Импортировать вводную: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate {0} as {1}</source>
        <translation>Дублировать: {0} как {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject {0}</source>
        <translation>вводная {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {0}</source>
        <translation>команда {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objective {0}</source>
        <translation>цель {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module {0}</source>
        <translation>модуль {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant {0}</source>
        <translation>участник {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation “{0}”</source>
        <translation>рекомендация «{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule item “{0}”</source>
        <translation>пункт расписания «{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {0}</source>
        <translation>Удалить: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {0}</source>
        <translation>Переместить: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-time {0}</source>
        <translation>Изменить время: {0}</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <location filename="../../ttx_desktop/gui/presenter_policy.py" line="-70"/>
        <source>No vote yet</source>
        <translation>Голосований пока нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voting is open</source>
        <translation>Голосование открыто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} phones have voted</source>
        <translation>проголосовало телефонов: {0}</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../ttx_desktop/gui/vote_panel.py" line="+41"/>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New poll…</source>
        <translation>Новый опрос…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritise…</source>
        <translation>Приоритеты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to phones</source>
        <translation>Открыть для телефонов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and record</source>
        <translation>Закрыть и записать</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not opened</source>
        <translation>не открывалось</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No vote yet. Write a poll, or prioritise the agreed recommendations.</source>
        <translation>Голосований пока нет. Составьте опрос или расставьте приоритеты согласованных рекомендаций.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} phones have voted</source>
        <translation>проголосовало телефонов: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room is not open: phones cannot vote.</source>
        <translation>Зал не открыт: телефоны не могут голосовать.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>New poll</source>
        <translation>Новый опрос</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two to six options, one per line:</source>
        <translation>От двух до шести вариантов, по одному в строке:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prioritise</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dots for each phone:</source>
        <translation>Точек у каждого телефона:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Votes</source>
        <translation>Голосования</translation>
    </message>
</context>
<context>
    <name>_RoleBox</name>
    <message>
        <location filename="../../ttx_desktop/gui/room_panel.py" line="-220"/>
        <source>New link</source>
        <translation>Новая ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new link; the old one stops working at once</source>
        <translation>Создать новую ссылку; старая сразу перестанет работать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close link</source>
        <translation>Закрыть ссылку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this link working until a new one is made</source>
        <translation>Отключить эту ссылку, пока не будет создана новая</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Link closed</source>
        <translation>Ссылка закрыта</translation>
    </message>
</context>
</TS>
