"""Word documents: each is a function ``render(exercise, *, options) -> bytes``, free of Qt
but for the pictures, which QtGui draws on offscreen images (no widgets).

The parts:
    catalog     renders a document by kind (domain/documents.py lists the kinds)
    document    DocumentBuilder: paper, styles, caveat and DRAFT in header and footer,
                "page X of Y", cover block, contents field, headings, lists, tables,
                pictures with numbered captions, landscape sections; cleans every text
    tables      Column / Cell / Group rows: widths that follow the content (widths.py),
                header row repeated on each page; xml_parts: hand-written pieces
    contents    the contents' entries with page numbers (estimated, or from office.py,
                which has LibreOffice lay the documents out and save them as PDF)
    styles      the house look, or only the missing styles when an organiser's template
                is used (template.py opens it)
    labels      fixed words in the exercise's language (labels_text.TEXT and
                labels_handbooks.TEXT hold the sentences; plural.py makes counted
                words agree with their numbers, by CLDR's rules)
    facts       what documents count and group: the live log, released injects, evidence
    pictures    the Pictures protocol and chart data; charts.py draws them with QtGui,
                the timeline through timeline_painter.py and timeline_layout.py, which
                the console's timeline panel paints with too
    handbook    parts the situation manual, facilitator guide and evaluation guide share
    minutes, aar, aar_appendices, sitman, guide, cards, msel_doc, eeg    the documents

To add a document (say ``sitman``):
    1. ttx_desktop/exporters/sitman.py with
           def render(exercise: Exercise, *, options: ExportOptions | None = None) -> bytes:
               options = options or ExportOptions()
               labels = labels_for(exercise.details.language)
               doc = DocumentBuilder(exercise, "sitman", kind_title=labels["sitman"],
                                     options=options)
               doc.cover(doc.cover_fields(exercise), full_page=True)
               doc.toc()
               doc.heading(labels["overview"], new_page=True)
               doc.prose(exercise.details.purpose)
               doc.table([Column(labels["team"], 2), Column(labels["role"], 3)], rows)
               return doc.to_bytes()
    2. its words in labels_text.TEXT, English and Russian;
    3. one entry in domain/documents.py's DOCUMENTS; the CLI, `export all` and
       --template / --paper follow.
Set styles through the builder (never by name on python-docx objects: that is slow), put
no empty paragraphs in (spacing lives in the styles), and pass any text people typed
through the builder, which removes what XML cannot hold and reports it in options.warnings.
"""
