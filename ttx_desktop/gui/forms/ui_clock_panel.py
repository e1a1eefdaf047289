# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clock_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ClockForm(object):
    def setupUi(self, ClockForm):
        if not ClockForm.objectName():
            ClockForm.setObjectName(u"ClockForm")
        ClockForm.resize(320, 220)
        self.outerLayout = QVBoxLayout(ClockForm)
        self.outerLayout.setSpacing(6)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(10, 10, 10, 10)
        self.moduleLayout = QHBoxLayout()
        self.moduleLayout.setObjectName(u"moduleLayout")
        self.moduleCaption = QLabel(ClockForm)
        self.moduleCaption.setObjectName(u"moduleCaption")

        self.moduleLayout.addWidget(self.moduleCaption)

        self.moduleCombo = QComboBox(ClockForm)
        self.moduleCombo.setObjectName(u"moduleCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.moduleCombo.sizePolicy().hasHeightForWidth())
        self.moduleCombo.setSizePolicy(sizePolicy)
        self.moduleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.moduleCombo.setMinimumContentsLength(12)

        self.moduleLayout.addWidget(self.moduleCombo)


        self.outerLayout.addLayout(self.moduleLayout)

        self.timeLabel = QLabel(ClockForm)
        self.timeLabel.setObjectName(u"timeLabel")
        self.timeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.timeLabel)

        self.stateLabel = QLabel(ClockForm)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.stateLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.stateLabel)

        self.scheduleLabel = QLabel(ClockForm)
        self.scheduleLabel.setObjectName(u"scheduleLabel")
        self.scheduleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.scheduleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.scheduleLabel)

        self.runButton = QPushButton(ClockForm)
        self.runButton.setObjectName(u"runButton")

        self.outerLayout.addWidget(self.runButton)

        self.adjustLayout = QHBoxLayout()
        self.adjustLayout.setSpacing(6)
        self.adjustLayout.setObjectName(u"adjustLayout")
        self.backButton = QPushButton(ClockForm)
        self.backButton.setObjectName(u"backButton")

        self.adjustLayout.addWidget(self.backButton)

        self.forwardButton = QPushButton(ClockForm)
        self.forwardButton.setObjectName(u"forwardButton")

        self.adjustLayout.addWidget(self.forwardButton)

        self.adjustButton = QPushButton(ClockForm)
        self.adjustButton.setObjectName(u"adjustButton")

        self.adjustLayout.addWidget(self.adjustButton)


        self.outerLayout.addLayout(self.adjustLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.moduleCaption.setBuddy(self.moduleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClockForm)

        QMetaObject.connectSlotsByName(ClockForm)
    # setupUi

    def retranslateUi(self, ClockForm):
        self.moduleCaption.setText(QCoreApplication.translate("ClockForm", u"&Module", None))
        self.timeLabel.setText(QCoreApplication.translate("ClockForm", u"0:00:00", None))
        self.runButton.setText(QCoreApplication.translate("ClockForm", u"Start", None))
        self.backButton.setText(QCoreApplication.translate("ClockForm", u"\u22121 min", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("ClockForm", u"Move the clock back by one minute", None))
#endif // QT_CONFIG(tooltip)
        self.forwardButton.setText(QCoreApplication.translate("ClockForm", u"+1 min", None))
#if QT_CONFIG(tooltip)
        self.forwardButton.setToolTip(QCoreApplication.translate("ClockForm", u"Move the clock forward by one minute", None))
#endif // QT_CONFIG(tooltip)
        self.adjustButton.setText(QCoreApplication.translate("ClockForm", u"Adjust\u2026", None))
#if QT_CONFIG(tooltip)
        self.adjustButton.setToolTip(QCoreApplication.translate("ClockForm", u"Move the clock forward or back by some minutes", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

