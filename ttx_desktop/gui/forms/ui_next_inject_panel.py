# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'next_inject_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_NextInjectForm(object):
    def setupUi(self, NextInjectForm):
        if not NextInjectForm.objectName():
            NextInjectForm.setObjectName(u"NextInjectForm")
        NextInjectForm.resize(360, 520)
        self.outerLayout = QVBoxLayout(NextInjectForm)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(10, 10, 10, 10)
        self.headerFrame = QFrame(NextInjectForm)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerFrame.setFrameShape(QFrame.Shape.NoFrame)
        self.headerLayout = QVBoxLayout(self.headerFrame)
        self.headerLayout.setSpacing(4)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(10, 8, 10, 10)
        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindLabel = QLabel(self.headerFrame)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindLayout.addWidget(self.kindLabel)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)

        self.backButton = QToolButton(self.headerFrame)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoRaise(True)

        self.kindLayout.addWidget(self.backButton)


        self.headerLayout.addLayout(self.kindLayout)

        self.titleLabel = QLabel(self.headerFrame)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.titleLabel)

        self.countdownLabel = QLabel(self.headerFrame)
        self.countdownLabel.setObjectName(u"countdownLabel")
        self.countdownLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.countdownLabel)

        self.metaLabel = QLabel(self.headerFrame)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.metaLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.metaLabel)

        self.targetsWidget = QWidget(self.headerFrame)
        self.targetsWidget.setObjectName(u"targetsWidget")
        self.targetsLayout = QHBoxLayout(self.targetsWidget)
        self.targetsLayout.setSpacing(6)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsLayout.setContentsMargins(0, 0, 0, 0)

        self.headerLayout.addWidget(self.targetsWidget)


        self.outerLayout.addWidget(self.headerFrame)

        self.bodyScroll = QScrollArea(NextInjectForm)
        self.bodyScroll.setObjectName(u"bodyScroll")
        self.bodyScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.bodyScroll.setWidgetResizable(True)
        self.bodyScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setSpacing(6)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(2, 0, 2, 0)
        self.textLabel = QLabel(self.body)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.textLabel.setWordWrap(True)
        self.textLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bodyLayout.addWidget(self.textLabel)

        self.expectedHeading = QLabel(self.body)
        self.expectedHeading.setObjectName(u"expectedHeading")

        self.bodyLayout.addWidget(self.expectedHeading)

        self.expectedLabel = QLabel(self.body)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.expectedLabel.setWordWrap(True)
        self.expectedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bodyLayout.addWidget(self.expectedLabel)

        self.notesHeading = QLabel(self.body)
        self.notesHeading.setObjectName(u"notesHeading")

        self.bodyLayout.addWidget(self.notesHeading)

        self.notesLabel = QLabel(self.body)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bodyLayout.addWidget(self.notesLabel)

        self.bodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.bodySpacer)

        self.bodyScroll.setWidget(self.body)

        self.outerLayout.addWidget(self.bodyScroll)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(6)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.releaseButton = QPushButton(NextInjectForm)
        self.releaseButton.setObjectName(u"releaseButton")

        self.buttonLayout.addWidget(self.releaseButton)

        self.skipButton = QPushButton(NextInjectForm)
        self.skipButton.setObjectName(u"skipButton")

        self.buttonLayout.addWidget(self.skipButton)

        self.delayButton = QPushButton(NextInjectForm)
        self.delayButton.setObjectName(u"delayButton")

        self.buttonLayout.addWidget(self.delayButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.moreButton = QToolButton(NextInjectForm)
        self.moreButton.setObjectName(u"moreButton")
        self.moreButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.buttonLayout.addWidget(self.moreButton)


        self.outerLayout.addLayout(self.buttonLayout)

        self.lastLayout = QHBoxLayout()
        self.lastLayout.setObjectName(u"lastLayout")
        self.lastLabel = QLabel(NextInjectForm)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.lastLayout.addWidget(self.lastLabel)

        self.lastSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lastLayout.addItem(self.lastSpacer)

        self.undoReleaseButton = QToolButton(NextInjectForm)
        self.undoReleaseButton.setObjectName(u"undoReleaseButton")
        self.undoReleaseButton.setAutoRaise(True)

        self.lastLayout.addWidget(self.undoReleaseButton)


        self.outerLayout.addLayout(self.lastLayout)


        self.retranslateUi(NextInjectForm)

        self.releaseButton.setDefault(True)


        QMetaObject.connectSlotsByName(NextInjectForm)
    # setupUi

    def retranslateUi(self, NextInjectForm):
        self.kindLabel.setText(QCoreApplication.translate("NextInjectForm", u"NEXT INJECT", None))
        self.backButton.setText(QCoreApplication.translate("NextInjectForm", u"Show next", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("NextInjectForm", u"Go back to following the next inject", None))
#endif // QT_CONFIG(tooltip)
        self.expectedHeading.setText(QCoreApplication.translate("NextInjectForm", u"Expected actions", None))
        self.notesHeading.setText(QCoreApplication.translate("NextInjectForm", u"Facilitator notes", None))
        self.releaseButton.setText(QCoreApplication.translate("NextInjectForm", u"Release", None))
#if QT_CONFIG(tooltip)
        self.releaseButton.setToolTip(QCoreApplication.translate("NextInjectForm", u"Release this inject to its teams (F7)", None))
#endif // QT_CONFIG(tooltip)
        self.skipButton.setText(QCoreApplication.translate("NextInjectForm", u"Skip", None))
#if QT_CONFIG(tooltip)
        self.skipButton.setToolTip(QCoreApplication.translate("NextInjectForm", u"Leave this inject out (Shift+F7)", None))
#endif // QT_CONFIG(tooltip)
        self.delayButton.setText(QCoreApplication.translate("NextInjectForm", u"Delay\u2026", None))
#if QT_CONFIG(tooltip)
        self.delayButton.setToolTip(QCoreApplication.translate("NextInjectForm", u"Plan this inject some minutes later (F8)", None))
#endif // QT_CONFIG(tooltip)
        self.moreButton.setText(QCoreApplication.translate("NextInjectForm", u"More", None))
#if QT_CONFIG(tooltip)
        self.moreButton.setToolTip(QCoreApplication.translate("NextInjectForm", u"More actions for this inject", None))
#endif // QT_CONFIG(tooltip)
        self.undoReleaseButton.setText(QCoreApplication.translate("NextInjectForm", u"Undo release", None))
        pass
    # retranslateUi

