"""Financings: one row per instrument, tranche or payment a release announces.

Each body sentence is scanned for instrument words (vocabulary below). An instrument
takes the money amount of its clause, per-share prices, share counts, interest,
a calendar maturity, counterparties (named parties, defined party terms such as
``the "Lenders"`` resolved to their list) and a status. Later sentences that only refer
to a defined term (``the "Reduced Principal"``) add terms to the row that defined it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pressroom.extract.dates import MONTH_PATTERN, find_dates, month_number
from pressroom.extract.doc import DEFINED_TERM, HEARSAY
from pressroom.extract.header import ISSUER_RE, WIRE_SERVICE
from pressroom.extract.money import WORD_ALT, Money, find_money, resolve_currency, word_number
from pressroom.extract.parties import HONORIFIC, ISSUER_FORM_FIRST, SELF_REFERENCE, cued_parties, own_subsidiaries
from pressroom.models import FinancingFact

# a period that ends no sentence: 'valued at U.S.$1.47 million, to ...', 'on or before Sept. 30, 2013': a clause the
# recognizers read up to the sentence's end ('[^.;]') runs on past it
_NO_STOP = (r"(?<=\bU)\.(?=S\.)|(?<=\bU\.S)\.(?=\s?\$|\s+dollars?\b)|(?<=\b(?:Jan|Feb|Aug|Oct|Nov|Dec))\.(?=\s\d)"
            r"|(?<=\bSept)\.(?=\s\d)")

# a gold loan's last ounces delivered: 'delivered the final 4,200 ounces under its gold loan', 'The final instalment of
# 24 000 oz under the gold loan ... was delivered on 30 August 2002'
_LAST_OUNCES_DELIVERED = (r"\bdelivered\s+(?:the\s+)?(?:final|last)\s+[\d,\s]+(?:troy\s+)?(?:ounces|oz)\s+(?:of\s+gold\s+)?under\s+"
                          r"(?:the|its)\s+gold\s+loan\b|"
                          r"\b(?:final|last)\s+instal+ment\s+of\s+[\d,\s]+(?:troy\s+)?(?:ounces|oz)\s+(?:of\s+gold\s+)?under\s+"
                          r"(?:the|its)\s+gold\s+loan\b(?=[^.;]{0,80}?\bdelivered\b)|"
                          # ('delivered 9,000 ounces into its gold loan with Macedon Bullion Bank Limited', 'delivered the
                          # final 7,500 ounces of gold to Harbourfront Bullion Corporation, retiring the 30,000-ounce gold
                          # loan')
                          r"\bdelivered\s+(?:the\s+(?:final|last|remaining)\s+)?[\d,]+\s+(?:troy\s+)?(?:ounces|oz)\s+(?:of\s+gold\s+)?"
                          r"(?:into|against|towards?)\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?gold\s+loan\b|"
                          r"\bdelivered\s+the\s+(?:final|last)\s+[\d,]+\s+(?:troy\s+)?(?:ounces|oz)\s+of\s+gold\b[^.;]{0,80}?\bretiring\b")
_PCT = r"(?:%|\s?per\s?cent\b\.?|\s?percent\b)"     # a share or a rate: '5.40%', '5.40 per cent', '5.40 percent'

# (instrument_type, pattern): more specific first
INSTRUMENTS: tuple[tuple[str, str], ...] = (
    ("promissory_note", r"(?<!\bsecured\s)(?<!\bconvertible\s)promissory\s+notes?|(?<!\bconvertible\s)\bunsecured\s+(?:(?!convertible\b|exchangeable\b)[\w-]+\s+){0,3}?notes?\b|\bcorporate\s+(?:bonds?|notes)\b|\bbonos\s+corporativos\b"
                        r"|\bunsecured\s+(?:(?:term|bridge|bridging|short-term|shareholder|demand|interest-free|working\s+capital)\s+)?loans?\b(?!\s+facilit)"
                        # 'Dale Oberg, President ..., has loaned the Company $350,000': an insider's loan, as an
                        # unsecured one 'advanced to the Company' is
                        r"|\b(?:has|have|had)\s+(?:also\s+)?(?:loaned|lent)\s+(?:to\s+)?the\s+(?:Company|Corporation)\b"
                        r"(?![^.;]{0,80}\bsecured\b)"),
    ("convertible_debenture", r"convertible\s+(?:(?:unsecured|senior|secured|subordinated|redeemable|promissory)\s+)*(?:debentures?|notes?|bonds?|loans?)|(?<!\bsecured\s)(?<!\bsecured\s\s)\bdebentures?\b"),
    ("exchangeable_loan", r"exchangeable\s+(?:(?:senior|secured|gold|term)\s+)*loan"),
    ("credit_facility", r"(?:credit|loan|revolving|term\s+loan|debt|bridge|working\s+capital|revolving\s+credit|finance|financing|lease|standby|acquisition|term|offtake|cost\s+overrun|equipment|project|mezzanine|overdraft|bank)\s+(?:leasing\s+|lease\s+|finance\s+)?facilit(?:y|ies)|\brevolver\b|line\s+of\s+credit|\bcredit\s+lines?\b"),
    ("royalty_stream", r"\broyalt(?:y|ies)\b|(?:gold|silver|precious\s+metals?)\s+stream|"
                       # 'Silverstone will pay an upfront deposit of US$120 million ... against future deliveries of 20%
                       # of the gold produced', '... in exchange for 6% of the payable gold produced from the mine'
                       r"\b(?:up-?front|advance)\s+deposit\b(?=[^.;]{0,160}?\b(?:deliver(?:y|ies|ed)\b|in\s+exchange\s+for\s+(?:\d+(?:\.\d+)?\s*%|"
                       r"[\w.-]+\s+per\s*cent)\s+of\s+(?:the\s+)?(?:payable\s+|refined\s+)?(?:gold|silver)\b))|stream(?:ing)?\s+(?:agreement|transaction|arrangement|financing|deal)|(?:gold|silver|precious\s+metals?)\s+(?:purchase|delivery)\s+agreement"),
    ("private_placement", r"private\s+placements?|\bplacements?\s+of\s+[\d,.]+(?:\s\d{3})*\s+(?:million\s+)?(?:new\s+)?(?:fully\s+paid\s+)?(?:ordinary\s+|common\s+)?(?:shares|units)|\bsubscription\s+(?:for|of)\s+(?:[\d,.]+(?:\s\d{3})*\s+(?:million\s+)?)?(?:new\s+)?(?:ordinary\s+|common\s+)?shares|\bplacing\b|\b(?:to|will|agreed\s+to)\s+place\s+[\d,.]+(?:\s\d{3})*\s+(?:million\s+)?(?:[\w-]+\s+){0,3}?shares\b|\b(?:conditionally\s+)?placed\s+(?:the\s+(?:remaining|balance\s+of\s+the)\s+)?(?:[\d,.]+(?:\s\d{3})*\s+(?:million\s+)?)?(?:new\s+)?(?:fully\s+paid\s+)?(?:ordinary\s+|common\s+)?shares|\b(?:has|have|will)\s+subscribed?\s+for\s+(?:a\s+further\s+|an\s+additional\s+)?[\d,.]+(?:\s\d{3})*\s+(?:million\s+)?(?:new\s+)?(?:fully\s+paid\s+)?(?:ordinary\s+|common\s+)?shares\b(?!\s+of\s+the\b)|non-brokered\s+(?:\w+\s+)?(?:financing|placement|offering)|brokered\s+(?:\w+\s+)?placement|flow-through\s+(?:financing|placement|offering|basis)|\d\s+(?:million\s+)?(?:(?:charity|premium|Qu[eé]bec|national|provincial)\s+)?flow-through\s+(?:common\s+)?(?:shares|units)\b"
                          # 'a A$12.5 million placement to sophisticated investors', 'a placement (the "Placement") to
                          # sophisticated investors', 'a subscription agreement with
                          # Newmont ... will subscribe for 15,000,000 common shares'
                          r"|(?:million|m|bn|\d{3})\s+(?:(?:equity|share|institutional|strategic)\s+)?placement\b|\bplacements?\s+(?:\(\s*(?:the\s+)?[\"\u201c][^\"\u201d]{1,30}[\"\u201d]\s*\)\s+)?to\s+(?:\w+\s+){0,4}?(?:investors|shareholders|subscribers|institutions)"
                          # 'completed the sale of 1,200,000 shares of common stock at $1.80 per share to offshore
                          # investors in reliance on Regulation S ..., for gross proceeds of $2,160,000'
                          r"|\b(?:sale\s+of|sold)\s+[\d,.]+(?:\s\d{3})*\s+(?:million\s+)?(?:new\s+)?(?:shares\s+of\s+(?:its\s+)?common\s+stock|"
                          r"(?:common|ordinary)\s+shares)\b(?=(?:[^.;]|\.(?=\d)){0,60}?\bper\s+share\b(?:[^.;]|\.(?=\d)){0,160}?"
                          r"\b(?:investors|Regulation\s+S|gross\s+proceeds)\b)(?!(?:[^.;]|\.(?=\d)){0,240}?\b(?:registered\s+direct|"
                          r"offering|underwrit\w*|prospectus)\b)"
                          # 'Tembo has also subscribed for 9,090,909 fully paid ordinary shares ... raising A$2,000,000'
                          r"|\bsubscribed\s+for\s+[\d,.]+(?:\s\d{3})*\s+(?:million\s+)?(?:new\s+)?(?:fully\s+paid\s+)?(?:ordinary\s+|common\s+)?"
                          r"shares\b(?=(?:[^.;]|\.(?=\d)){0,80}?\b(?:raising|for\s+(?:gross\s+|total\s+)?proceeds)\b)"
                          # 'The Company has issued 7,000,000 fully paid ordinary shares at A$0.90 per share to
                          # sophisticated and professional investors': shares placed with investors, by whatever name
                          r"|\bissued\s+[\d,]+(?:\s\d{3})*\s+(?:(?:fully\s+paid|new|ordinary|common)\s+){0,3}shares\s+at\s+"
                          r"(?:[^.;]|\.(?=\d)){0,40}?\bto\s+(?:[\w-]+\s+){0,4}?(?:investors|subscribers|placees)\b"
                          # 'The Company has issued 43,076,923 new ordinary shares to Sahel Strategic Holdings Ltd at 6.5
                          # pence per share': to an investor it names, at a price (not for a debt or a purchase)
                          r"|\bissued\s+[\d,]+(?:\s\d{3})*\s+(?:(?:fully\s+paid|new|ordinary|common)\s+){0,3}shares\s+to\s+"
                          r"(?-i:[A-Z][\w.&'-]*)(?:\s+(?-i:[A-Z][\w.&'-]*)){0,5}\s+at\s+(?:[^.;]|\.(?=\d)){0,25}?\bper\s+share\b"
                          r"(?!(?:[^.;]|\.(?=\d)){0,80}?\b(?:settle|debt|consideration|acqui|in\s+lieu|in\s+exchange))"
                          # 'the issuance of 86,400,000 A shares to specific targets at RMB12.50 per share': a
                          # placement of new shares with named investors (the non-public issue of China's markets)
                          r"|\bissu(?:ance|e)\s+of\s+[\d,]+\s+(?:new\s+)?(?:[AH]\s+)?shares\s+to\s+(?:specific|specified|designated)\s+"
                          r"(?:targets|investors|subscribers|objects)\b"
                          # 'a specific issue of 14 500 000 new Highveld ordinary shares ... for cash at R6,20 per share to
                          # the Thuthuka Empowerment Trust' (Johannesburg's word for shares placed with a named investor)
                          r"|\bspecific\s+issue\s+of\s+[\d,]+(?:\s\d{3})*\s+(?:[\w-]+\s+){0,4}?shares\b(?:[^.;]|\.(?=\d)){0,60}?\bfor\s+cash\b"
                          # 'Tranche 2 Placement of A$1.5 million', 'a placement of A$3.0 million'
                          r"|\bplacements?\s+of\s+(?:(?:US|C|A|NZ|HK)?\$|£|€|R\s?\d)|\btranche\s+(?:\d|one|two|[AB])\s+placement\b"
                          # 'a two-tranche placement to raise $25 million'
                          r"|\b(?:two|three|2|3)[- ]tranche\s+(?:share\s+|equity\s+)?placement\b"
                          r"|\b(?:shares|units)\s+(?:\([^)]{0,40}\)\s+)?(?:were|was|have\s+been|has\s+been)\s+(?:successfully\s+)?placed\s+with\b"
                          # 'The shortfall of 21,587,400 shares has been placed by the Directors'
                          r"|\bshortfall\b[^.;]{0,60}?\b(?:has\s+been|have\s+been|was|were|will\s+be)\s+placed\b"
                          r"|\bsubscription\s+agreements?\b|(?<!options\sto\s)(?<!option\sto\s)(?<!warrants\sto\s)(?<!right\sto\s)(?<!rights\sto\s)\bsubscri(?:be|bed|bes|bing)\s+for\s+(?:an\s+aggregate\s+of\s+)?[\d,.]+(?:\s\d{3})*\s+(?:million\s+)?(?:new\s+)?(?:ordinary\s+|common\s+)?(?:shares|units)"),
    ("equity_offering", r"share\s+purchase\s+plan|"
                        # an equity line: 'Kodiak Crest Capital, LLC has committed to purchase up to $5,000,000 of the
                        # Company's common stock over a period of 24 months'
                        r"\bequity\s+(?:purchase\s+agreement|line(?:\s+of\s+credit)?)\b|\bcommitted\s+to\s+purchase\s+up\s+to\s+"
                        r"(?:[\w$.,]+\s+){1,3}?of\s+the\s+(?:Company|Corporation)['\u2019]s\s+(?:common\s+)?(?:stock|shares)\b|\bSPP\b|entitlements?\s+offer|\b(?:open|retail|claw-?back|prospectus|public|priority)\s+offer\b|\bclaw-?back\s+shares\b|\boffer\s+for\s+subscription\b|rights\s+(?:offering|offer|issue)\b|at[- ]the[- ]market\s+(?:equity\s+)?(?:program(?:me)?|offering|facility)|\bATM\s+program(?:me)?|equity\s+distribution\s+agreement|underwriters?\s+(?:have\s+|has\s+)?agreed\s+to\s+(?:purchase|buy)|(?:(?:pursuant\s+to\s+|exercised\s+(?:in\s+full\s+|in\s+part\s+)?)the|granted\s+(?:the\s+\w+\s+)?an?)\s+over-?allotment\s+option|\boption\b[^.;]{0,60}?\bto\s+(?:purchase|acquire|buy)\s+(?:up\s+to\s+)?an\s+additional\b|bought\s+deal|(?:public|equity|share|prospectus|marketed|overnight|underwritten|unit|registered\s+direct)\s+offering|offering\s+of\s+(?:[\d,.]+\s+(?:million\s+)?)?(?:common\s+)?(?:shares|units)"),
    ("stock_options", r"\b(?:grant|granted|grants|issue|issued|issues)\s+(?:to\s+)?(?-i:Mrs?|Ms|Dr)\.?\s+(?:[A-Z][\w'-]+\s+){1,3}"
                      r"(?:[\d,]+\s+(?:unlisted\s+|incentive\s+)?options|options\s+over\s+[\d,]+)\b|"
                      # ('Mr Tolhurst will receive 1,000,000 options exercisable at A$0.35 each'): a named person's own
                      r"(?-i:\b(?:Mrs?|Ms|Dr)\.?\s+[A-Z][\w'-]+)\s+(?:will\s+receive|is\s+to\s+receive|has\s+received|received)\s+"
                      r"[\d,]+\s+(?:unlisted\s+|incentive\s+)?options\b|"
                      r"\bbe\s+granted\s+options\s+over\s+[\d,]+|"
                      r"\bgranted\s+share\s+options\b|"
                      r"(?:restricted|deferred|performance)\s+share\s+units?|\b[RDP]SUs?\b|(?:stock|incentive(?:\s+stock)?|share\s+purchase)\s+options?|\boptions?\s+to\s+(?:purchase|acquire|subscribe\s+for)|grant(?:ed|s)?\s+(?:of\s+)?(?:an\s+aggregate\s+of\s+)?(?:[\d,]+\s+)?options"),
    ("warrants", r"\b(?:share\s+purchase\s+)?warrants?\b|\b(?:free\s+)?attaching\s+options?\b|\blead\s+manager\s+options?\b|"
                 r"\b(?:listed|quoted)\s+options?\b|"
                 # 'will also issue the Noteholder 10,000,000 unlisted options exercisable at 6 cents' (not to staff)
                 r"\b(?:issue|issued|issuing)\s+(?:to\s+)?(?:the\s+)?(?:(?!directors?\b|employees?\b|officers?\b|staff\b|Mrs?\b|Ms\b|Dr\b)[\w-]+\s+){0,4}?"
                 r"[\d,]+\s+unlisted\s+options\b|"
                 # 'The Underwriter will receive a fee of 5% ... and, subject to shareholder approval, 5,000,000 unlisted
                 # options exercisable at 10 cents': options to the one who places the issue
                 r"\b(?:underwriters?|lead\s+managers?|brokers?|agents?|arrangers?)\b[^.;]{0,120}?\b(?:receive|be\s+issued|"
                 r"be\s+granted)\b[^.;]{0,80}?\b[\d,]+\s+(?:unlisted\s+)?options\b|"
                 # 'issued 10,000,000 options to the lead manager to the placement'
                 r"\boptions\s+(?:\w+\s+){0,2}to\s+(?:the\s+)?(?:joint\s+)?(?:lead\s+managers?|brokers?|underwriters?|agents?|"
                 r"arrangers?|corporate\s+advisers?)\b|"
                 r"\b(?:compensation|broker(?:s'|'s)?|agent(?:s'|'s)?|finder(?:s'|'s)?|underwriter(?:s'|'s)?)\s+options?\b"),
    ("debt_settlement", r"\b(?:[Nn]otes|[Dd]ebentures|[Bb]onds|debt|indebtedness)\b(?:[^.;]|\.(?=\d)){0,160}?\b(?:was|were|will\s+be|would\s+be|(?:are|is)\s+to\s+be|shall\s+be)\s+(?:cancell?ed\s+in\s+exchange\s+for|exchanged\s+for)(?=\s+(?:\(i\)\s+(?:[^.;]|\.(?=\d)){0,100}?\(ii\)\s+)?(?:[\d,.]+\s+(?:million\s+)?(?:new\s+)?(?:shares|common|ordinary)|\d+(?:\.\d+)?\s?" + _PCT + r"\s+of\s+the\s+(?:new\s+)?(?:common\s+stock|common\s+shares|shares|equity|issued)))|\bholders\s+of\s+(?:[^.;]|\.(?=\d)){0,120}?\b(?:[Nn]otes|[Dd]ebentures|[Bb]onds)\b(?:[^.;]|\.(?=\d)){0,60}?\bwill\s+receive\s+(?:\d+(?:\.\d+)?\s?" + _PCT + r"|[\d,]+\s+(?:new\s+)?(?:shares|common))|\bconvert(?:ed|s|ing)?\s+(?:[\w$£€.,]+\s+){0,4}?(?:of\s+)?(?:(?:its|the|their)\s+(?:\w+\s+){0,2}?)?(?:debt|indebtedness|loans?|accrued\s+interest|debentures|notes|Debentures|Notes)\b[^.;]{0,80}?\binto\s+[\d,.]+(?:\s\d{3})*\s+(?:million\s+)?(?:new\s+)?(?:common\s+|ordinary\s+)?shares|\b(?:would|will|to)\s+be\s+(?:exchanged|converted)\s+for\s+[\d,.]+\s+(?:million\s+)?(?:new\s+)?(?:common\s+|ordinary\s+)?shares|debt[- ]for[- ]equity|in\s+(?:full\s+|partial\s+)?settlement\s+of|settle(?:d|ment)?\s+(?:of\s+)?(?:\S+\s+){0,5}?(?:of\s+)?(?:existing\s+|outstanding\s+|certain\s+|accrued\s+)?(?:debts?|indebtedness|liabilities|obligations|accounts\s+payable|trade\s+payables|(?:outstanding\s+)?invoices|amounts\s+owed|accrued\s+(?:and\s+unpaid\s+)?interest|(?:fees|salaries|wages|interest|amounts?)\s+(?:owed|owing|due|payable))|shares[- ]for[- ]debt|debt\s+settlement"
                        # 'settled CDN$45,000 owed to an arm's length consultant through the issuance of 900,000 shares'
                        r"|\bsettled\s+(?:[\w$.,]+\s+){1,3}?(?:owed|owing|due|payable)\s+to\b(?=[^.;]{0,120}?\b(?:issu\w+|shares)\b)"
     # 'has agreed to capitalise GBP1,350,000 of the loan by subscribing for 30,000,000 new ordinary shares'
     r"|\bcapitali[sz](?:e|ed|es|ing|ation\s+of)(?!\s+(?:and\s+added|into|to\s+the\s+principal))\s+(?:[\w$\u00a3\u20ac.,]+\s+){0,3}?(?:of\s+)?(?:the\s+|its\s+|an?\s+)?"
     r"(?:[\w'-]+\s+){0,3}?(?:loans?|debt|indebtedness|amounts?\s+(?:due|owing|owed))\b"
                        # 'a capital increase ... through the capitalisation of credits held by the principal shareholder',
                        # 'a conversion notice ... in respect of Convertible Bonds in the principal amount of HK$24,000,000'
                        # 'holders converted C$2,400,000 principal amount of the Company's 8% convertible debentures ...
                        # into 4,800,000 common shares', 'Holders of convertible notes ... have converted them into
                        # 1,500,000 shares', 'the NZ$2.0 million loan ... has been converted into 10,000,000 new shares'
                        r"|(?<!\bif\s)(?<!\bIf\s)(?<!\bwhen\s)\bconverted\s+(?:[^.;]|\.(?=\d)){0,120}?\b(?:debentures|notes|loans?|bonds)\b(?:(?!\b(?:would|could|will|may)\b)[^.;]|\.(?=\d)){0,80}?\binto\s+[\d,.]+(?:\s\d{3})*\s+(?:[\w-]+\s+){0,3}?shares"
                        r"|\b(?:debentures|notes|loans?|bonds)\b(?:[^.;]|\.(?=\d)){0,120}?\b(?:has|have|had|was|were)\s+(?:been\s+)?converted\s+(?:them\s+|it\s+)?into\s+[\d,.]+(?:\s\d{3})*\s+(?:[\w-]+\s+){0,3}?shares"
                        # '$4.0 million of principal will be converted into 45,600,000 common shares': part of a debt to be
                        # exchanged for shares under a restructuring
                        r"|\b(?:of\s+(?:the\s+)?(?:outstanding\s+)?principal|principal\s+amount)\s+(?:\w+\s+){0,3}?(?:will|is\s+to|shall|has\s+been|was)\s+"
                        r"(?:be\s+)?converted\s+into\s+[\d,.]+(?:\s\d{3})*\s+(?:[\w-]+\s+){0,3}?shares"
                        r"|\bcapitali[sz]ation\s+of\s+(?:\w+\s+){0,3}?(?:credits|debts?|loans?|receivables|advances)\b|\bconversion\s+notices?\b"
                        r"|\b(?:issued|issuance\s+of)\s+[\d,.]+\s+(?:\w+\s+){0,4}?shares\s+(?:\w+\s+){0,3}?in\s+(?:payment|satisfaction)\s+of\b"
                        # 'issued 2,400,000 common shares at a deemed price of 5 cents per share to settle $120,000'
                        r"|\b(?:issued|issue|issuing|issuance\s+of)\s+[\d,.]+\s+(?:\w+\s+){0,4}?shares\b(?:[^.;]|\.(?=\d)|\.(?=\s+(?:to|for)\s)){0,100}?\bto\s+settle\b"),
    ("debt_transfer", r"(?:debts?|loans?|notes?)\s+(?:\S+\s+){0,8}?(?:has|have|was|were|will\s+be)\s+(?:been\s+)?(?:transferred|assigned)|\b(?:assigned|transferred|sold)\s+(?:the|its|all)\s+(?:\S+\s+){0,3}?(?:loans?|debt|notes?|indebtedness)\b(?:[^.;]{0,80}?\bto\b)|(?:transfer|assignment)\s+of\s+(?:the\s+|its\s+)?(?:existing\s+|outstanding\s+)?(?:secured\s+)?(?:debt|loan|notes)|\b(?:ceded\s+and\s+assigned|assigned|transferred|ceded|novated)\s+(?:its|their|the)\s+(?:entire\s+|whole\s+)?(?:\S+\s+){0,3}?(?:participation|interest|commitment|share)\s+in\s+the\s+(?:\w+\s+){0,2}?(?:facility|loan|notes)\b"),
    ("debt_repayment", r"principal\s+(?:re)?payments?|\b(?:pay|paid|pays|paying)\s+(?:the|all|its)\s+(?:outstanding\s+)?(?:interest\s+)?arrears\b|\bin\s+reduction\s+of\s+(?:the|its)\b|\bto\s+reduce\s+the\s+(?:balance|amount|principal)\s+(?:outstanding\s+|drawn\s+)?(?:under|of|on)\b|" + _LAST_OUNCES_DELIVERED + r"|\b(?:paid|made|settled)\s+(?:both\s+)?(?:the|a|an|its)\s+(?:[\w$.,-]+\s+){0,4}?instal+ments?\b|\b(?:final|last|scheduled|quarterly|monthly)\s+(?:[\w$.,]+\s+){0,4}?payments?\s+(?:of\s+[\w$.,]+(?:\s+[\w$.,]+){0,3}?\s+)?(?:under|on)\s+(?:its|the)\s+(?:[\w$.,'-]+\s+){0,4}?(?:loans?|facilit(?:y|ies)|notes?|debentures?|bonds?|debt|lease)\b|\bdelivered\s+[\d,]+\s+(?:troy\s+)?(?:ounces|oz)\s+of\s+gold\b[^.;]{0,80}?\bin\s+(?:re)?payment\s+of\b|\brepa(?:y|id|ys|yments?|ying)\b|\bretired\b|\bredeem(?:ed|s)?\b|\bredemption\b|bought\s+(?:[\w.$,\s]+?\s+)?of\s+(?:this|the)\s+debt|paid\s+(?:off|down)|\bprepaid\b(?!\s+(?:gold\s+)?forward)|\bprepay\b(?!\s+(?:[\w$.,]+\s+){0,3}?against\s+(?:future\s+)?(?:gold\s+)?deliver)|\bprepayment\s+of\b|\bused\s+to\s+settle\b(?=,?\s+(?:in\s+full,?\s+)?the\s+(?:(?:U\.S\.\s?|[A-Z]{0,3})\$|R\s?\d|£|€))"),
    ("secured_loan", r"\bprepay\s+(?:[\w$.,]+\s+){0,3}?against\s+(?:future\s+)?(?:gold\s+)?deliver|"
                     # ('Auric Trading AG ... has agreed to prepay $2,000,000 against future deliveries of 5,400 ounces
                     # of gold': a gold prepayment)
                     r"\b(?:senior\s+)?(?<!un)secured\s+(?:(?:first|second)[- ]lien\s+)?(?:(?:term|bridge|gold|project|gold-linked|gold-backed|bullion)\s+)?(?:promissory\s+)?(?:loans?(?!\s+facilit)|debt|notes?|bonds?|debentures?|credit(?!\s+facilit))|(?:gold\s+)?prepayment\s+(?:financing|agreement|facility|arrangement|transaction)|\bprepaid\s+(?:gold\s+)?forward\s+(?:gold\s+)?sales?\b|\bforward\s+(?:gold\s+)?sales?\s+(?:agreement|contract)\b(?=[^.;]{0,200}?\b(?:received|paid|advanced|prepaid)\b)|\b(?:gold|silver|bullion|metal)\s+prepayments?\b(?!\s+(?:of|financing|agreement|facility|arrangement|transaction)\b)|\bgold\s+loan(?:\s+facility)?|(?:bridge|term|project)\s+loans?(?!\s+facilit)|\bloan\s+agreement|\bloans?\b"
                     r"|\b(?:finance|financial|capital)\s+leases?\b|\bhire[- ]purchase\s+(?:agreement|facility|finance|contract)s?\b"),
)
INSTRUMENT_WORDS = {
    "promissory_note": ("promissory", "unsecured", "loaned", "lent", "corporate"),
    "convertible_debenture": ("convertible", "debenture"),
    "exchangeable_loan": ("exchangeable",),
    "credit_facility": ("facilit", "revolver", "line of credit", "credit line"),
    "royalty_stream": ("royalt", "stream", "purchase agreement", "delivery agreement", "deposit"),
    "private_placement": ("placement", "placing", "placed", "non-brokered", "subscription", "subscribe", "flow-through", "investors", "specific targets",
                          "issued", "specific issue"),
    "equity_offering": ("offering", "bought deal", "equity purchase", "equity line", "committed to purchase", "underwriter", "at-the-market", "at the market", "atm program",
                        "distribution agreement", "share purchase plan", "spp", "entitlement", "rights", "allotment",
                        "offer", "claw"),
    "stock_options": ("option", "share unit", "rsu", "dsu", "psu"),
    "warrants": ("warrant", "attaching option", "listed option", "quoted option", "lead manager option", "compensation option", "broker option",
                 "brokers' option", "agent's option", "agents' option", "finder's option", "underwriters' option",
                 "lead manager", "broker", "underwriter", "agent", "arranger", "adviser"),
    "debt_settlement": ("settle", "shares-for-debt", "shares for debt", "exchanged for", "converted for", "convert",
                        "in exchange for", "will receive",
                        "capitalis", "capitaliz",
                        "in payment of", "in satisfaction of",
                        "debt-for-equity", "debt for equity"),
    "debt_transfer": ("transfer", "assign", "ceded", "novat"),
    "debt_repayment": ("principal", "repa", "retired", "redeem", "redemption", "bought", "paid", "prepa", "payment", "used to settle",
                       "deliver", "in reduction of", "to reduce the"),
    "secured_loan": ("loan", "secured", "prepay", "lease", "hire"),
}
_SPECIFICITY = {t: i for i, (t, _) in enumerate(INSTRUMENTS)}
_INSTRUMENT_RES = tuple((t, re.compile(p, re.I), INSTRUMENT_WORDS[t]) for t, p in INSTRUMENTS)
_FINANCING_WORDS = tuple(sorted({w for ws in INSTRUMENT_WORDS.values() for w in ws} | {
    "default", "tranche", "unit", "deposit", "upfront", "financ", "debt", "term sheet", "note", "lender", "subscriber",
    "purchaser", "drew", "drawdown", "borrow", "conversion price"}))
_ACTIONS = {"debt_settlement", "debt_transfer", "debt_repayment"}
_LOANS = {"secured_loan", "exchangeable_loan", "credit_facility", "promissory_note", "convertible_debenture"}
_LOANS_WORDS = _LOANS - {"convertible_debenture"}
_PLAIN_LOANS = {"secured_loan", "promissory_note", "credit_facility"}     # loans not convertible or exchangeable
_NO_PRINCIPAL = _ACTIONS | {"warrants", "stock_options"}     # rows that are no principal or proceeds of their own

_PER_SECURITY = re.compile(r"^\s*(?:(?:per|for\s+each|a)\s+(?:\$?[\d,]+\s+(?:principal\s+amount\s+of\s+)?)?(?:debentures?|notes?|bonds?)\b"
                           r"|each\b)", re.I)     # (a face value 'of A$1,000 each')
_PER_SHARE = re.compile(r"^\s*(?:per|for\s+each|a)\s+(?:(?:common|ordinary|flow-through|charity|class\s+\w|[A-Z][A-Za-z-]{0,11})\s+){0,3}"
                        r"(?:share|unit|warrant|option|cdi)s?\b", re.I)
_PRICE_BEFORE = re.compile(r"(?<!total\s)(?<!aggregate\s)(?:exercise|conversion|exchange|issue|offering|offer|subscription|deemed|placing|placement|strike)\s+price\s+(?:of\s+|at\s+|is\s+|will\s+be\s+)?(?:\w+\s+){0,4}?(?:from\s+[^\s]+\s+to\s+)?$|at\s+a\s+price\s+of\s+$|convertible\s+(?:\w+\s+){0,4}at\s+$|exercisable\s+(?:\w+\s+){0,8}at\s+$|exchangeable\s+(?:\w+\s+){0,8}at\s+$|\d\s+(?:million\s+)?(?:new\s+|fully\s+paid\s+)?(?:ordinary\s+|common\s+)?(?:shares|units)\s+at\s+$|"
                           r"\bnew\s+(?:ordinary\s+|common\s+)?(?:shares|units)\s+(?:each\s+)?at\s+$", re.I)
_SHARES_RE = re.compile(
    # (not the number of a tranche or series: 'Tranche 1 Placement Shares'; a count spelled out with its figure in
    # brackets: 'three million two hundred seventy thousand (3,270,000) common shares')
    r"(?<![Tt]ranche )(?<![Tt]ranche\n)(?<![Ss]eries )(?P<num>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:\.\d+)?)(?:(?<=\d{3})\))?\s*"
    r"(?P<scale>million\s+|(?-i:M)\s+)?"
    r"(?:(?:common|ordinary|flow-through|new|class\s+\w|voting|subordinate|bonus|finder's|finders'|broker|compensation|"
    r"incentive|stock|share\s+purchase|placing|subscription|conversion|hard[- ]dollar|non[- ]flow-through|premium|charity|"
    r"consideration|special|FT|HD|CFT|brokered|non-brokered|claw-?back|non-transferable|transferable|agent's|underwriters'|brokers'|fully\s+paid|fully-paid|"
    r"(?-i:[A-Z][a-z]+)\s+(?:19|20)\d\d|restricted|free|attaching|listed|unlisted|quoted|unquoted|lead\s+manager|deferred|performance|share(?=\s+units)|outstanding|existing|"
    r"unexercised|tranche\s+(?:\d|[A-C]\b)|placement|qu[eé]bec|(?-i:[AH])(?=\s+shares)|(?-i:[A-Z][a-z]+)(?=(?:\s+(?-i:[A-Z][a-z]+)){0,2}\s+(?:(?-i:Shares|Units)\b|(?:common|ordinary)\s+shares\b)))\s+){0,3}"
    r"(?:shares|units|warrants|options)\b", re.I)


def _lead_index(doc, unit: int) -> int:
    """The index of the unit that leads into the list holding this unit."""
    k = unit - 1
    while k > 0 and doc.seg.units[k].kind == "list_item":
        k -= 1
    return k


def _lead_in(doc, unit: int) -> str:
    """The text of the line that leads into the list holding this unit ('Key terms of the Notes:')."""
    return doc.seg.units[_lead_index(doc, unit)].text


def _closed_lead_in(doc, unit: int) -> bool:
    """Whether the line that leads into the list holding this unit says it is done ('The Company issued:')."""
    lead = _lead_in(doc, unit).rstrip()
    return lead.endswith(":") and bool(_CLOSED.search(lead.splitlines()[-1]))


_ROYALTY_BOUGHT = re.compile(r"\broyalty\s+acquisitions?\b|\b(?:purchased|acquired|bought)\s+for\b", re.I)
_COMMITTED_PART = re.compile(r"\b(?:has|have)\s+(?:committed|agreed|indicated\s+(?:an\s+)?(?:its|his|her|their)\s+intention)\s+to\s+"
                             r"subscribe\s+for\s+(?P<n>\d{1,3}(?:,\d{3})+)\s+(?:[\w-]+\s+){0,2}?(?:units|shares)\b", re.I)
_PART_OF_ISSUE = re.compile(r"\b(?:subscribed\s+for|purchased|acquired|took\s+up|(?:has|have)\s+taken\s+up)\s+(?:an\s+aggregate\s+of\s+|"
                            r"a\s+total\s+of\s+)?[\d,]+\s+of\s+the\b", re.I)
# the class of insiders who took part of an issue, as the subject: 'Certain Directors subscribed for ...', 'Directors
# and officers of the Company took up ...'
_CLASS_SUBJECT = re.compile(r"\W*(?:(?:Certain|Some|Two|Three|Four|Several|All)\s+(?:of\s+the\s+)?)?(?:(?:the|its)\s+)?"
                            r"(?:(?:Company|Corporation|Group)'s\s+)?(?P<list>(?:directors|officers|insiders|employees)(?:(?:,\s*|\s+and\s+|,\s+and\s+)"
                            r"(?:directors|officers|insiders|employees))*)(?:\s+of\s+the\s+(?:Company|Corporation))?"
                            r"(?=\s+(?:have\s+|has\s+|also\s+)?(?:subscribed|took\s+up|taken\s+up|purchased|acquired)\b)", re.I)
# insiders as a class who took part of an issue, anywhere in the sentence: '..., and insiders of the Company acquired'
_CLASS_TOOK = re.compile(r"\b(directors|officers|insiders|employees)(?:\s+of\s+the\s+(?:Company|Corporation))?\s+"
                         r"(?:have\s+|has\s+|also\s+)?(?:subscribed|took\s+up|purchased|acquired)\b", re.I)
_PART_TAKEN = re.compile(r"\b(?:subscribed\s+for|purchased|acquired|took\s+up)\s+(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?"
                         r"(?P<n>\d{1,3}(?:,\d{3})+)\s+(?:[\w-]+\s+){0,2}?(?:units|shares)\b", re.I)
_DEBT_PART_BEFORE = re.compile(r"\b(?:subscribed\s+for|purchased|purchase\s+of|took\s+up|acquired)\s+(?:an\s+aggregate\s+of\s+)?$",
                               re.I)
_DEBT_PART_AFTER = re.compile(r"\s+(?:(?:in\s+)?principal\s+amount\s+)?of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:debentures|notes|bonds)\b", re.I)
_SUM_OF_OFFERS = re.compile(r"\b(?:raised|proceeds)\s+(?:under|from|through|of)\s+(?:both\s+)?the\s+(?:[\w-]+\s+){1,3}?and\s+the\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:SPP|Plan|Offer|Placement|Placing|Offering|Issue)\b", re.I)
# ('delivered 4,000 ounces of gold to Cochrane Bullion Bank in repayment of ...', 'repaid the final instalment of its
# gold loan', 'delivered the final 4,200 ounces under its gold loan', 'The final instalment of 24 000 oz under the gold
# loan ... was delivered on 30 August 2002')
_GOLD_DELIVERED_IN_REPAYMENT = re.compile(r"\b(?:delivered|repaid)\s+(?:the\s+(?:final|last|remaining)\s+)?[\d,]+\s+(?:troy\s+)?(?:ounces|oz)\s+"
                                          r"(?:of\s+gold\b[^.;]{0,80}?\b(?:(?:re)?payment|retiring)\b|(?:of\s+gold\s+)?(?:into|against|towards?)\s+"
                                          r"(?:its|the)\s+(?:[\w-]+\s+){0,2}?gold\s+loan\b)|"
                                          r"\brepaid\s+(?:in\s+full\s+)?the\s+(?:final|last)\s+instal(?:l)?ment\s+of\s+its\s+gold\s+loan\b|"
                                          + _LAST_OUNCES_DELIVERED, re.I)
_MEETING_BUSINESS = re.compile(r"^\W*(?:(?:ordinary|special)\s+)?resolution\s+\d+\b|"
                               # ('This represents approximately 77.3 per cent. of the 50,000,000 Open Offer Shares
                               # available'): a share of an offer already told
                               r"^\W*this\s+represent(?:s|ed)\b|\bratif(?:y|ication\s+of)\s+(?:the\s+)?"
                               r"(?:prior|previous|earlier)\s+issue\b", re.I)
_SHARES_RAISING = re.compile(r"\b(?:new\s+|ordinary\s+|common\s+)?shares\b[^.;]{0,80}?\b(?:raising|to\s+raise|for\s+(?:gross\s+|total\s+)?"
                             r"proceeds\s+of)\s+(?:approximately\s+)?(?:[A-Z]{1,3}\s?)?\$", re.I)
_UNITS_RAISING = re.compile(r"\b(?:issued|sold|placed|consisted\s+of|comprised)\s+(?:[\d,]+\s+(?:[\w-]+\s+){0,2}?units\b(?:[^.;]|\.(?=\d)){0,40}?\b"
                            r"(?:raising|for\s+(?:aggregate\s+)?(?:gross\s+|total\s+)?proceeds\s+of)\s+(?:approximately\s+)?(?:[A-Z]{1,3}\s?)?\$)", re.I)
_GROSS_PROCEEDS = re.compile(r"\bgross\s+proceeds\b(?:\s+(?:from|of)\s+the\s+(?:[A-Z][\w-]*\s+){1,3})?\s*(?:will\s+be|are|were|was|is|of|"
                             r"amount(?:ed)?\s+to|total(?:led)?)\s+(?:approximately\s+)?", re.I)
_GROSS_PROCEEDS_OF_THE = re.compile(r"\bgross\s+proceeds\s+(?:from|of)\s+the\s+(?:[A-Z][\w-]*\s+){1,3}\s*(?:will\s+be|are|were|"
                                    r"was|is|amount(?:ed)?\s+to|total(?:led)?)\s+(?:approximately\s+)?")
_BONDS = re.compile(r"\b(?:bonds?|bonos|(?:senior\s+)?(?:unsecured\s+|secured\s+)?notes)\b", re.I)
_SERIES_ITEM = re.compile(r"\s*(?:[-*\u2022]\s*|\(?[a-z]\)\s*|\(?[ivx]+\)\s*)?Series\s+[A-Z0-9]{1,3}\s*:\s*(?:[A-Z]{1,3}\$?|S/\.?|US\$|U\.S\.\s?\$|\$)")
_CAPITAL_BEFORE = re.compile(r"\b(?:share\s+capital|issued\s+capital|shares\s+(?:in\s+issue|on\s+issue|outstanding))\b[^.;]{0,50}?"
                             r"\b(?:comprises|comprising|consists\s+of|of|is|was|will\s+be|totals?|totalling)\s+$", re.I)
_WORD_SHARES_RE = re.compile(rf"\b(?P<tens>{WORD_ALT})(?:[- ](?P<units>one|two|three|four|five|six|seven|eight|nine))?\s+"
                             r"million\s+(?:(?:new|common|ordinary|fully\s+paid)\s+){0,2}(?:shares|units)\b", re.I)
_RATE_RE = re.compile(
    r"(?P<a>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\.?|percent)\s*(?:per\s+annum|per\s+year|a\s+year|annual(?:ly)?|interest(?!\s+in\b)|coupon|simple|compounded|"
    # (a security named by its coupon: '6.50% convertible senior unsecured notes', '7.25 per cent. guaranteed
    # convertible bonds', '7.25% senior secured second lien notes')
    r"(?:(?:senior|secured|unsecured|convertible|guaranteed|subordinated|exchangeable|second|first|lien)\s+){0,5}"
    r"(?:debentures|notes|bonds))"
    r"|interest\s+(?:rate\s+)?(?:at|of)\s+(?:the\s+rate\s+of\s+|a\s+rate\s+of\s+)?(?P<b>\d+(?:\.\d+)?)\s*" + _PCT + r""
    r"|bear(?:s|ing)?\s+(?:annual\s+)?interest\s+(?:at|of)\s+(?:a\s+rate\s+of\s+|the\s+rate\s+of\s+)?(?P<c>\d+(?:\.\d+)?)\s*" + _PCT + r""
    r"|(?:rate|coupon)\s+of\s+(?P<d>\d+(?:\.\d+)?)\s*" + _PCT + r"", re.I)
_ZERO_RATE = re.compile(r"non-interest[- ]bearing|interest[- ]free|bear(?:s|ing)?\s+no\s+interest|without\s+interest|no\s+interest", re.I)
_MATURITY_CUE = re.compile(
    r"(?:by\s+no\s+later\s+than|no\s+later\s+than|on\s+or\s+before|due\s+(?:on\s+)?|matur(?:e|es|ing|ity(?:\s+date)?(?:\s+of)?)\s+(?:on\s+)?|"
    # ('with a final repayment date of 30 September 2002', 'for a term of three years ending 17 July 2009')
    r"\brepayment\s+date\s+(?:of\s+|is\s+|will\s+be\s+)?|\bterm\s+of\s+(?:[\w-]+\s+){1,3}?ending\s+(?:on\s+)?|"
    r"expir(?:e|es|ing|y(?:\s+date)?(?:\s+of)?)\s+(?:on\s+)?|until|repayable\s+(?:on\s+)?|payable\s+(?:on\s+)?|exercisable\s+until\s+|"
    r"exercisable\s+(?:between|from)\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}\s+(?:and|to|until|through)\s+)"
    r"(?:the\s+)?\s*$",
    re.I)     # (the last day of a window: 'from 27 November 2013 to ...', 'from November 27, 2013 to ...'; and a day
    #          written 'the 31st day of December, 2018')
_WEAK_CUE = re.compile(r"\b(?:on|by)\s+$", re.I)
_IN_DEFAULT = re.compile(r"(?<!\bnot\s)\bin\s+default\b|(?<!\bany\s)(?<!\bno\s)\bnotice\s+of\s+(?:default|acceleration)\b|\bdefaulted\b|"
                         r"\b(?:did|has|have)\s+not\s+(?:pay|paid|made|make|repay|repaid)\b|\bfailed\s+to\s+(?:re)?pay\b|\b(?:has|have)\s+not\s+been\s+repaid\b|\bwas\s+not\s+repaid\b|"
                         r"\bremains?\s+(?:unpaid|outstanding\s+(?:past|after)\s+(?:its|their)\s+maturity)\b", re.I)
_PROPOSED = re.compile(
    r"term\s+sheet|letter\s+of\s+intent|\bLOI\b|mandate\s+letter|subject\s+to\s+(?:the\s+)?(?:negotiation\s+and\s+)?(?:execution\s+of\s+)?(?:a\s+|the\s+)?definitive|"
    r"non-binding|\bproposed\b|memorandum\s+of\s+understanding|intends?\s+to\s+(?:complete|close|raise|arrange)|plans?\s+to\s+(?:complete|raise)|"
    r"indicative|conditional\s+upon|"
    # ('has received a commitment letter from ... for a $25 million senior secured term loan', 'agreed in principle to
    # provide ... a US$10 million secured bridge loan', 'intends to offer, subject to market and other conditions')
    r"\bcommitment\s+letter|\bagreed\s+in\s+principle\b|\bintends?\s+to\s+offer\b", re.I)
_CLOSED = re.compile(
    r"(?<!\bwill\s)(?<!\bto\s)(?<!\bwill\sbe\s)(?<!\bto\sbe\s)(?<!\bconditionally\s)(?<!\bservices\s)(?<!\bwork\s)\b(?:closed|has\s+completed|have\s+completed|completed|has\s+raised|have\s+raised|(?<!\bfunds\s)(?<!\bamount\s)raised|(?:has|have)\s+(?:placed|subscribed)|(?:was|were|has\s+been|have\s+been)\s+(?:exchanged|cancell?ed\s+in\s+exchange)\b|"
    r"(?:has|have)\s+been\s+(?:fully\s+|partially\s+)?(?:transferred|retired|repaid|used|settled|issued|drawn|funded|advanced|closed|completed)|was\s+used|"
    r"was\s+(?:issued|repaid|retired|drawn|closed|completed|funded)|were\s+(?:issued|repaid|retired)|retired|repaid|(?<!\bamount\s)(?<!\bamounts\s)(?<!\bbalance\s)drawn\s+(?:down\s+)?under|"
    r"drew(?:\s+down)?|has\s+drawn|(?:has|have)\s+(?:also\s+)?subscribed\s+for\b|(?<=\s)took\s+place(?=\s+on\b)|(?:valid\s+)?(?:applications|acceptances)\s+(?:were|have\s+been)\s+received|received\s+(?:valid\s+)?(?:applications|acceptances)\b|(?:valid\s+)?acceptances\b[^.;]{0,80}?\bwere\s+received|(?:were|was|have\s+been|has\s+been)\s+allotted|(?:has|have)\s+(?:amended|increased|upsized|extended|restructured)|received\s+(?:the\s+|an?\s+)?(?:(?:first|second|third|initial|final|full)\s+)?(?:disbursement|(?:[\w-]+\s+){0,3}loan)\b|(?:has|have)\s+exercised|(?:were|was|have\s+been|has\s+been)\s+exercised|exercised\s+(?=[\d,]{3,}\s)|received\s+notices?\s+of\s+exercise|(?:today\s+)?purchased(?=\s+an?\s+additional)|made\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w$.,]+\s+){0,4}?(?:(?:re|pre)?payments?|drawdowns?)|(?:announced|announces|confirm(?:s|ed)?)\s+the\s+(?:closing|completion)|used\s+(?:it|them|(?:the\s+|its\s+)?(?:\w+\s+){0,2}?proceeds)\s+to\s+(?:repay|retire|redeem|settle)|concluded|converted|has\s+sold|received(?=\s+(?:the\s+|gross\s+|net\s+|an?\s+|its\s+)?(?:(?:first|second|initial|final|full)\s+)?(?:proceeds|funds|payment|upfront|advance|drawdown|\$|US\$|U\.S\.\s?\$|C\$|A\$|\d))|advanced(?=\s+(?:US|U\.S\.\s?|C|A)?\$|\s+\d)|bought(?!\s+deal)|settled|issued)\b", re.I)
_ISSUED_BEFORE = re.compile(r"\b(?:closed|issued|completed|priced|sold|placed)\s+(?:a|an|its|the)\s+(?:[^.;]|\.(?=\d)){0,60}$",
                            re.I)
_AND_THEN_ACTION = re.compile(r"\band\s+(?:has\s+|have\s+|will\s+)?(?:also\s+)?(?:fully\s+)?$", re.I)
_PART_OF_PROCEEDS = re.compile(r"\bof\s+the\s+(?:[\w-]+\s+){0,4}?proceeds\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:applied|used)\s+"
                               r"(?:\w+\s+){0,2}?to\s+(?:repay|reduce|redeem|retire|settle|prepay)\b|"
                               # ('will apply R150 million of the proceeds of the rights offer described below to repay')
                               r"\b(?:apply|applied|use|used)\s+(?:[\w$.,]+\s+){1,3}?of\s+the\s+(?:net\s+|gross\s+)?proceeds\b"
                               r"(?:[^.;]|\.(?=\d)){0,80}?\bto\s+(?:repay|reduce|redeem|retire|settle|prepay)\b", re.I)
# past-tense acts that complete a financing: a sum used or applied to repay, a loan advanced or lent, notes redeemed
# or prepaid, debt assigned, interest capitalised, shares placed, a fee received ('will be applied to repay' is a plan)
_DONE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:used|applied)\b(?:[^.;]|\.(?=\S)|(?<=\bU\.S)\.\s){0,120}?\bto\s+(?:repay|redeem|retire|settle|prepay|reduce)\b|"
    r"(?<!\bwill\s)(?<!\bto\s)(?<!\bbe\s)(?<!\bloan\s)(?<!\bnote\s)(?<!\bfacility\s)(?<!\bfunds\s)(?<!\bit\s)"
    r"\b(?:(?:advanced|disbursed)\s+(?:to\s+(?:the|it|him|her)\b|an?\s+(?:[\w-]+\s+){0,3}?loan\b|[A-Za-z.]{0,4}\s?\$|\d)|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:advanced|disbursed|lent)\b|(?:lent|loaned)\s+(?:to\s+)?(?:the|it)\b|"
    r"(?:has|have)\s+made\s+available|paid\s+(?:both\s+)?(?:the|a|an|its)\s+(?:[\w$.,-]+\s+){0,4}?(?:instal+ment|repayment|payment)s?\b|prepaid|redeemed|refinanced|(?:was|were)\s+delivered\s+on\b|delivered\s+the\s+(?:final|last)\b|ceded|assigned\s+(?:the|its|all|it)\b|capitali[sz]ed|"
    r"(?:was|were|is|has\s+been)\s+fully\s+drawn|(?:has|have|had)\s+been\s+(?:successfully\s+)?placed|"
    r"(?<!to\sbe\s)(?:were|was)\s+(?:successfully\s+)?placed\s+(?:with|to|by)\b|"
    r"\b(?:re)?payments?\s+(?:of\s+\S+\s+(?:\w+\s+)?)?made\b(?!\s+(?:available|by\s+way))|"
    r"\b(?:re|pre)?payments?\b[^;]{0,120}?\b(?:was|were)\s+made\s+on\b|oversubscribed|(?:was|were|has\s+been|have\s+been)\s+fully\s+(?:subscribed|taken\s+up)|"
    r"(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)\bamended\s+(?:its|the)\b|\bentered\s+into\s+an?\s+amended\s+and\s+restated\b|"
    r"\breceived\s+(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:warrants|options|shares)\b|"
    r"received\s+(?:the\s+|a\s+)?(?:full\s+)?(?:disbursement|(?:cash\s+)?(?:commission|fee))|"
    r"delivered\b(?:[^.;]|\.(?=\d)){0,120}?\bin\s+(?:the\s+)?(?:(?:full|final|partial|scheduled|first|second|third|fourth|"
    r"fifth|sixth|quarterly|monthly)\s+){0,2}(?:re)?payment)|"
    # a payment told as made in a result or highlight ('Scheduled loan repayment of A$1.5 million made', 'Scheduled
    # repayments totalling $8.0 million were also made'), a sum paid in part repayment ('A further A$2.0 million was
    # paid ... in partial repayment of the mezzanine notes', 'applied A$5.5 million ... to a partial repayment')
    r"\b(?:re|pre)?payments?\s+(?:of\s+|totall?ing\s+)?(?:(?!(?:will|be|to|shall|would|being|been)\b)[\w$.,]+\s+){0,3}?"
    r"(?:(?:was|were)\s+(?:also\s+)?)?made\b(?!\s+(?:available|by\s+way))|"
    r"(?<!\bbe\s)\b(?:paid|distributed)\b(?:[^.;]|\.(?=\d)){0,100}?\bin\s+(?:partial|full|final|part)\s+(?:re)?payment\b|"
    r"(?<!\bbe\s)(?<!\bbeen\s)\bapplied\b(?:[^.;]|\.(?=\d)){0,80}?\bto\s+(?:a|the)\s+(?:partial\s+|full\s+)?(?:re|pre)?payment\b", re.I)
_DRAW_BEFORE = re.compile(r"\b(?:drew|has\s+drawn|have\s+drawn|drawdown\s+of|drawing\s+of)\s+(?:down\s+)?(?:the\s+)?"
                          r"(?:(?:remaining|final|first|initial|second|further|additional|full|an?)\s+)*$", re.I)
_DRAWN_AFTER = re.compile(r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:drawn|advanced|drawdown)\s+(?:down\s+)?"
                          r"(?:under|on|from)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_REDUCED_FROM = re.compile(r"\breduc(?:ed|es|ing)\s+(?:\w+\s+){0,3}?from\s+\S+(?:\s+(?:million|billion|bn|m))?\s+to\s+$", re.I)
_TO_NIL = re.compile(r"\s+to\s+(?:nil|zero)\b", re.I)
_TO_MONEY = re.compile(r"\s+to\s+(?:(?:U\.S\.\s?|[A-Z]{0,3})\$|U\.S\.\s?\$|[A-Z]{3}\s?|R\s?|£|€)?\s?\d", re.I)
_MONTH_BEFORE = re.compile(rf"\b{MONTH_PATTERN}\s+$")
_EXERCISE_PROCEEDS = re.compile(r"\b(?:exercised|notices?\s+of\s+exercise|exercise\s+of)\b(?:[^.;]|\.(?=\d)){0,240}?"
                                r"\b(?:proceeds|raising|providing)\b", re.I)
_PROCEEDS_CUE = re.compile(r"\b(?:proceeds|raising|raised|providing)\b[^.;$\d]{0,40}$", re.I)
# 'an XOF 32.8 billion (approximately €50 million) term loan': the amount in another currency, for the reader
_CONVERSION_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:million|billion|bn|m)?\s*\(\s*(?:approximately|approx\.?|about|c\.|"
                                r"equivalent\s+to|or|some)?\s*$", re.I)
# '$714 million available under the undrawn revolving credit facility': capacity, no financing
_AVAILABLE_AFTER = re.compile(r"\s*(?:(?:was|is|remains?|remained)\s+)?(?:available|undrawn|of\s+(?:availability|"
                              r"undrawn\s+capacity|cash|liquidity))\b", re.I)
# 'includes a $25 million accordion feature': a facility's room to grow, no financing of its own
_ACCORDION_AFTER = re.compile(r"\s+(?:uncommitted\s+)?accordion\b", re.I)
_MATURES = re.compile(r"\b(?:matures|will\s+mature|maturity\s+date|is\s+repayable|are\s+repayable|is\s+due)\b", re.I)
_CLASS_PARTIES = re.compile(
    r"\bto\s+(?:certain\s+)?(?P<list>(?:(?:its\s+)?(?:directors|officers|insiders|employees|consultants|management|"
    r"employees\s+and\s+consultants)(?:,\s*|\s+and\s+|,\s+and\s+)?){1,6})", re.I)
# the classes of investor an issue is placed with or offered to: 'placed with institutional and sophisticated
# investors', 'will offer eligible shareholders the opportunity', 'Eligible shareholders in Australia may apply', 'with
# certain existing shareholders'; 'with institutional and other investors' is one class
_INVESTOR_CLASSES = re.compile(
    r"(?:\b(?:with|to|from|by|among|for|offer|offers|offered)\s+|^\W*)(?:a\s+(?:number|group|range)\s+of\s+|certain\s+|"
    r"various\s+)?(?P<kinds>(?:institutional|sophisticated|professional|accredited|eligible|existing)(?:(?:,\s*|\s+and\s+|"
    r",\s+and\s+)(?:institutional|sophisticated|professional|accredited|eligible|existing))*)(?P<other>\s+and\s+other)?"
    r"\s+(?P<who>investors|shareholders)\b", re.I)
_DEFINED_LIST = re.compile(
    r"\b(?:includes?|including|comprising|comprised\s+of|consisting\s+of|namely|are|is|from|with|to|by)\s+"
    r"(?P<list>[^\"()]{3,600}?)\s*\(\s*(?:together,?\s+|collectively,?\s+)?(?:the\s+)?\"(?P<term>[^\"]{2,40})\"\s*\)")
_LIST_LEAD = re.compile(r"^.*\b(?:by|with|including|includes|comprising|namely|from)\s+(?=[A-Z])")
_PARENS_NOTE = re.compile(r"\s*\((?:formerly|previously|an?\s+affiliate|a\s+subsidiary|a\s+wholly)[^)]*\)", re.I)
_UP_TO_UNITS = re.compile(r"\bup\s+to\s+[\d,]+(?:\s\d{3})*\s+(?:[\w-]+\s+){0,3}?(?:units|shares)\b", re.I)
# options granted 'to purchase up to 250,000 common shares': the options' count, told as their shares' ceiling
_OPTIONS_UP_TO = re.compile(r"\boptions\b[^.;]{0,80}?\bto\s+(?:purchase|acquire|buy)\s+up\s+to\s+$", re.I)
_AMOUNT_BOUND = re.compile(r"\b(?:underwritten\s+(?:up\s+)?to|up\s+to|a\s+maximum\s+of|maximum\s+of|capped\s+at|a\s+cap\s+of|limited\s+to|not\s+(?:to\s+)?exceed(?:ing)?|"
                           r"no\s+more\s+than|at\s+most|not\s+less\s+than|no\s+less\s+than|at\s+least|a\s+minimum\s+of|minimum\s+of)\s+"
                           r"(?:an?\s+)?(?:aggregate\s+(?:of\s+)?|additional\s+|further\s+)?$", re.I)
# 'The maximum gross proceeds of the Placing will be HK$57.0 million': a ceiling, not the proceeds
_MAXIMUM_BEFORE = re.compile(r"\bmaximum\s+(?:gross\s+|net\s+|aggregate\s+)*(?:proceeds|amount|size)\b[^.;$]{0,60}$", re.I)
_REFINANCED = re.compile(r"\brefinanc\w*\s+(?:\S+\s+){0,6}\S*$", re.I)
_REPAYMENT_TERM_BEFORE = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(?:(?:final|bullet|single|full|first)\s+)+$", re.I)
# ('... will be repaid in twelve equal quarterly instalments from 30 September 2009': the loan's schedule)
_REPAYMENT_TERM_AFTER = re.compile(r"\s+(?:date|schedule|terms?|profile|period|holiday)\b|\s+in\s+(?:\w+\s+){0,4}?(?:instal+ments|"
                                   r"tranches|repayments)\b|"
                                   # 'Quarterly capital repayments of R40 million will commence on 31 March 2012'
                                   r"(?<=s)\s+of\s+\S+(?:\s+(?:million|billion|m|bn))?\s+(?:will|are\s+to|shall)\s+(?:commence|begin|start)\b", re.I)
# ('a NZ$6.0 million gold prepayment, which will be repaid by delivering 4,150 ounces of gold': how the loan is paid back)
_REPAID_IN_GOLD = re.compile(r"\s+(?:by|through|via|in|with)\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:deliver\w*|gold|ounces|kind)\b", re.I)
# ('The Facility ... shall be repaid in full on or before 15 March 2022', 'must be repaid by December 31, 2022'): the day
# the loan falls due
_REPAID_BY_DAY = re.compile(rf"\s+(?:in\s+full\s+)?(?:on\s+or\s+before|no\s+later\s+than|by|on|before)\s+(?:\d|{MONTH_PATTERN})")
# ('US$6.0 million of 2009 principal repayments deferred', 'the ... principal repayments due on 30 June 2009 and 31
# December 2009 have been deferred'): payments put off, none made
_DEFERRED_AFTER = re.compile(r"s?\b(?:[^.;]{0,60}?\b(?:have|has)\s+been|\s+(?:were|was|are|is))?\s+(?:deferred|rescheduled|postponed)\b",
                             re.I)
_TO_BE = re.compile(r"\b(?:to|will|shall|would|must|is\s+to|are\s+to)\s+be\s+$", re.I)
_NOT_DONE = re.compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?$", re.I)     # '... matured on June 30 and has not been repaid'
_MISSED = re.compile(r"\b(?:missed|miss|failed\s+to\s+make|did\s+not\s+make|not\s+made|failure\s+to\s+make|"
                     r"defaulted\s+on|default\s+on|unable\s+to\s+make|"
                     # ('received a demand for repayment from Columbia of its CDN$2.5 million secured term loan')
                     r"demands?\s+for|demanded)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w$.,]+\s+){0,4}$", re.I)
# a fee, commission or budget named before an amount: no financing's own amount
_NOT_ITS_AMOUNT_BEFORE = re.compile(r"\btogether\s+with\s+(?:accrued\s+(?:and\s+unpaid\s+)?)?interest\s+(?:of|totall?ing)\s+(?:approximately\s+)?$|"
                                    # 'At the placing price, this gives Pohjola a market capitalisation of £6.25 million'
                                    r"\bmarket\s+(?:capitali[sz]ation|value)\s+(?:of|to|at)\s+(?:approximately\s+|about\s+)?$|"
                                    r"\b(?:fees?|commissions?|expenses)\s+(?:of|totall?ing|equal\s+to|amounting\s+to)\s+"
                                    r"(?:approximately\s+|about\s+)?$|\bfinder'?s'?\s+fees?\s+(?:\w+\s+){0,2}$|"
                                    # 'may only be drawn if construction costs exceed the current budget of US$61.3 million'
                                    r"\b(?:budget|capital\s+cost|construction\s+cost|capex)(?:\s+estimate)?\s+(?:of|is|was|at)\s+"
                                    r"(?:approximately\s+|about\s+)?$|"
                                    # '..., bringing total drawings under the facility to $8.0 million': a running total
                                    r"\b(?:total|aggregate|cumulative)\s+(?:drawings|drawdowns|advances|borrowings|debt)\b"
                                    r"(?:\s+[\w-]+){0,4}?\s+to\s+$|"
                                    # '... or earlier from the proceeds of any equity financing of more than $3 million':
                                    # a condition's threshold
                                    r"\bany\s+(?:[\w-]+\s+){0,3}?(?:financing|offering|placement|raising|sale)s?\s+of\s+(?:more\s+than|"
                                    r"over|at\s+least|in\s+excess\s+of|not\s+less\s+than)\s+$", re.I)
# a balance owed, not a financing: 'US$10.2 million of principal and accrued interest was outstanding under the loan'
_OUTSTANDING_AFTER = re.compile(r"\s+of\s+(?:principal|indebtedness|debt)(?:\s+and\s+(?:accrued\s+)?interest)?\s+"
                                r"(?:was|were|is|are|remains?|remained)\s+outstanding\b", re.I)
# what a sum pays for, not a financing: 'are sufficient to fund the A$254m pre-production capital estimate'
_CAPEX_AFTER = re.compile(r"\s+(?:(?:pre-?production|initial|development|construction|project)\s+)?(?:capital|capex|"
                          r"construction)\s+(?:cost\s+)?(?:estimate|costs?|requirements?|budget)\b", re.I)
# a balance, not a financing: 'the Company's existing treasury, which stood at C$9.4 million at March 31'
_BALANCE_BEFORE = re.compile(r"(?:^|[-\u2022:;]\s*|\b(?:has|had|held|holds|have|with)\s+|\b(?:Company|Corporation|Group)['\u2019]s\s+)"
                             r"[Cc]ash\s+(?:and\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:of|totall?ing)\s+"
                             r"(?:approximately\s+|about\s+)?$|"
                             # 'the Company has 486,217,093 shares on issue and cash of approximately $2.3 million'
                             r"\bshares\s+(?:on\s+issue|outstanding)\s+and\s+cash\s+(?:of|totall?ing)\s+(?:approximately\s+|about\s+)?$|"
                             r"\b(?:treasury|cash\s+(?:and\s+(?:cash\s+)?equivalents|balance|position|on\s+hand)|working\s+capital(?!\s+(?:loan|facilit|credit))|liquidity|net\s+debt|total\s+debt)"
                             r"\b[^.;$]{0,30}?\b(?:stood\s+at|was|were|of|totall?ed|amounted\s+to)\s+(?:approximately\s+)?$|"
                             # 'Total borrowings under the credit line now stand at RUB 2.7 billion'
                             r"\b(?:total\s+)?(?:borrowings|amounts?\s+(?:drawn|outstanding)|indebtedness|debt)\b[^.;$]{0,60}?\b(?:now\s+)?"
                             r"(?:stands?|stood)\s+at\s+(?:approximately\s+)?$", re.I)
# 'Together with the first tranche, the Company has raised aggregate gross proceeds of $2,100,000': a total, no tranche
_RUNNING_TOTAL = re.compile(r"\b(?:together\s+with|including\s+the\s+(?:first|previous|earlier|initial)|in\s+total|to\s+date|"
                            r"with\s+the\s+(?:final|second|last)\s+tranche\b[^.;]{0,60}\baggregate|"
                            r"combined|cumulative|both\s+tranches|all\s+tranches)\b", re.I)
_TRANCHE_SPLIT = re.compile(r",?\s+and\s+(?=\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+){0,3}?(?:units|shares)\b)", re.I)
_BARE_REFERENCE = re.compile(
    r"(?:The|These|Such|This|Each|Both)\s+(?:[\w-]+\s+){0,2}?(?P<head>notes?|debentures?|loans?|facilit(?:y|ies)|bonds?|"
    r"placement|offering|units?|prepayment|stream|advances?|lenders?|subscribers?|investors?|purchasers?|options?|"
    r"warrants?)\b")
_REFERENCE_TYPES = {
    "note": {"promissory_note", "convertible_debenture", "secured_loan"}, "debenture": {"convertible_debenture"},
    "bond": {"promissory_note", "secured_loan", "convertible_debenture"}, "loan": _LOANS_WORDS, "facilit": _LOANS_WORDS,
    "advance": _LOANS_WORDS, "prepayment": {"secured_loan"}, "stream": {"royalty_stream"},
    "placement": {"private_placement", "equity_offering"}, "offering": {"private_placement", "equity_offering"},
    "unit": {"private_placement", "equity_offering"}, "option": {"stock_options"}, "warrant": {"warrants"},
    "lender": _LOANS_WORDS, "subscriber": {"private_placement", "equity_offering"},
    "investor": {"private_placement", "equity_offering"}, "purchaser": {"private_placement", "equity_offering",
                                                                         "promissory_note", "convertible_debenture"},
}
# (and a royalty the property is subject to: 'subject to a 2% NSR royalty held by X, half of which may be purchased')
_NOT_A_ROYALTY_FINANCING = re.compile(r"\bretain(?:ed|s|ing)?\b|"
                                      # (what a royalty is expected to earn: 'expects the Birch Lake Royalty to generate
                                      # annual revenue of approximately $1.0 million')
                                      r"\bgenerat(?:e|es|ing)\s+(?:\w+\s+){0,3}?(?:revenue|income|cash\s+flow)\b|"
                                      r"\b(?:claim(?:ed|ing|s)?|action|court|lawsuit|"
                                      # (a royalty the issuer receives as part of the price of what it sells: 'sell
                                      # its 100% interest ... in exchange for 3,000,000 ordinary shares of Dunmore and a
                                      # 2% net smelter return royalty')
                                      r"in\s+exchange\s+for\b(?=[^.;]{0,120}\broyalty\b)|"
                                      r"judgment|trial|dispute|litigation)\b|\bsubject\s+to\s+an?\s+(?:\S+\s+){0,6}?royalty\b|"
                                      r"\broyalty\s+held\s+by\b|\bmay\s+be\s+(?:purchased|bought\s+back|repurchased)\b|\bbuy[- ]?back\b|"
                                      # what royalties earn or cost, not a royalty sold for money: 'royalty receipts
                                      # of A$1.96 million', 'paid more than $300 million in taxes and royalties',
                                      # 'assessments for income tax, withholding tax and royalty', 'the royalty would
                                      # generate revenue of ...', 'Non-core Curara Well royalty sold for A$600,000'
                                      r"\broyalt(?:y|ies)\s+(?:revenue|receipts?|income|payments?|rates?|expense)s?\b|"
                                      r"\btax(?:es)?\s+and\s+royalt|\broyalt(?:y|ies)\s+and\s+tax|\bpaid\b[^.;]{0,60}\broyalt|"
                                      r"\bassessments?\b|\bwould\s+generate\b|\broyalty\s+(?:was\s+)?sold\b|\bproducing\s+royalties\b|"
                                      # a state's royalty ('Royalties of US$8.0 million were paid to the Government of
                                      # Ghana at the statutory rate', 'a royalty reassessment of FCFA 2.9 billion'), and
                                      # what one could be worth
                                      r"\bstatutory\b|\breassess|\bpaid\s+to\s+the\s+(?:Government|State|Republic|Treasury)\b|"
                                      r"\bcould\s+be\s+worth\b", re.I)
_OUTSTANDING = re.compile(r"\boutstanding\b|\b(?:options|warrants)\s+(?:to\s+purchase\s+[\d,.]+\s+(?:\w+\s+)?shares\s+)?"
                          r"held\s+by\b|\bwill\s+expire\b|"
                          # 'Mr. Vreeland also holds 2,400,000 warrants of the Company acquired in a 2008 private placement'
                          r"\b(?:holds|held|owns)\s+(?:a\s+total\s+of\s+)?[\d,]+\s+(?:[\w-]+\s+){0,3}(?:options|warrants)\b",
                          re.I)     # existing options, not a grant
# 'Following the grants, the Company has 5,120,000 stock options outstanding': the count on issue, no grant
_OPTIONS_TOTAL = re.compile(r"\b(?:has|have|had|will\s+have|there\s+(?:are|were|will\s+be))\s+(?:a\s+total\s+of\s+)?[\d,]+\s+"
                            r"(?:[\w-]+\s+){0,2}(?:options|warrants)\s+(?:outstanding|on\s+issue)\b", re.I)
_REPRICED = re.compile(r"\b(?:reduce|lower|amend|reprice|repricing|extend|accelerat\w*)\s+(?:the\s+)?"
                       r"(?:exercise\s+price|expiry|term|expiration)|"
                       # ('the exercise price of the 5,000,000 share purchase warrants held by Tarpon will be reduced')
                       r"\b(?:exercise\s+price|expiry(?:\s+date)?)\s+of\s+(?:the\s+)?(?:[^.;]|\.(?=\d)){0,80}?\b(?:warrants|options)\b"
                       r"(?:[^.;]|\.(?=\d)){0,60}?\b(?:will\s+be|is|are|was|were|has\s+been|have\s+been)\s+(?:reduced|lowered|"
                       r"amended|extended|repriced)\b", re.I)
_ISSUED_EARLIER = re.compile(r"\b(?:issued|granted)\s+(?:in|under|pursuant\s+to|with)\s+(?:the\s+(?:Company|Corporation)'s|its|the|our)\s+"
                             r"(?:(?:19|20)\d\d|previous|prior|earlier|[A-Z][a-z]+\.?\s+(?:19|20)\d\d)\b(?:[^.;]|\.(?=\d)){0,120}?\bexpire", re.I)
# 'Options to purchase 400,000 shares at $0.25 also expired on June 1, 2014': old options or warrants ending, no row
_LAPSED = re.compile(r"\b(?:expired|lapsed|(?:were|was|have\s+been|has\s+been)\s+(?:cancelled|canceled|forfeited))\b", re.I)
_CALLED_OFF = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?(?:terminated|cancell?ed|withdrawn|abandoned)\b(?!\s+(?:its|the|a)\s+(?:\w+\s+){0,3}?"
                         r"(?:agreement|contract|employment|services))|\b(?:was|were)\s+(?:terminated|cancell?ed|withdrawn|abandoned)\b|"
                         r"\bwill\s+not\s+(?:proceed|be\s+completed|complete)\b|"
                         # ('the Company's undrawn US$10 million revolving facility ... will be cancelled')
                         r"\b(?:will|is\s+to|are\s+to|shall)\s+be\s+(?:terminated|cancell?ed)\b", re.I)
_GOLD_PRICE_BEFORE = re.compile(r"\bgold\s+(?:price\s+)?(?:stays|remains|trades|is|averages?|prices?)\s+(?:of\s+)?"
                                r"(?:above|below|over|under|at|of)?\s*$", re.I)
_IN_A_PAST_YEAR = re.compile(r"^\W*In\s+(?P<y>(?:19|20)\d\d)\b,?\s+(?:the\s+(?:Company|Corporation|Group)|we|it|[A-Z]\w+)\s+raised\b")
_FUNDED_BY_EARLIER = re.compile(r"\b(?:placing|placement|offering|financing|raising)\s+of\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b"
                                r"(?:[^.;]|\.(?=\d)){0,80}?\bfunded\b")
_SPENT = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:fully\s+|largely\s+|entirely\s+)?(?:spent|expended)\b",
                    re.I)
_PART_OF_PLACEMENT = re.compile(r"\bsubscribed\s+for\s+[\d,.]+\s+(?:[\w-]+\s+){0,3}?(?:units|shares)\s+(?:of|in|under)\s+the\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:tranche|placement|placing|offering|financing)\b", re.I)
_TAKE_UP = re.compile(r"\b(?:followed|exercised|took\s+up|accepted)\s+their\s+(?:rights|entitlements?)\b|"
                      r"\b(?:were|was|have\s+been|has\s+been)\s+taken\s+up\s+by\b|\bacceptances\s+(?:were\s+)?received\b", re.I)
_EARLIER_NAMED = re.compile(r"\b(?:in|under|from|of|with)\s+(?:the\s+Company's|its|the\s+Corporation's|our)\s+"
                            rf"(?:{MONTH_PATTERN}\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){{0,2}}$|"
                            # 'with the units sold in the Company's $1.4 million private placement', 'The grants follow
                            # the Company's $1.8 million private placement': an earlier placement named by its size
                            r"\b(?:in|under|from|of|with|follow(?:s|ed|ing)?)\s+(?:the\s+Company's|its|the\s+Corporation's|our|"
                            r"(?<=follows\s)the|(?<=followed\s)the|(?<=following\s)the)\s+"
                            r"(?:(?:U\.S\.\s?|[A-Z]{0,3})\$|US\$|C\$|A\$)[\d.,]+\s*(?:million\s+)?(?:[\w-]+\s+){0,2}$")
# 'The Placing follows the placing of 24,400,000 shares at 9p per share completed in October 2003': the sentence's
# figures are the earlier placing's
_FOLLOWS_EARLIER = re.compile(r"\b(?:follows|followed|follows\s+on\s+from)\s+(?:the|an?)\s+(?:earlier\s+|previous\s+|prior\s+)?"
                              rf"(?:(?:{MONTH_PATTERN})\s+)?(?:(?:19|20)\d\d\s+)?"
                              r"(?:placing|placement|offering|raising|financing|subscription)\s+of\b", re.I)
_A_TOTAL_OF = re.compile(r"\b(?:a\s+total\s+of|in\s+total|totall?ing|an\s+aggregate\s+of)\s+(?P<n>\d{1,3}(?:,\d{3})+)\s+"
                         r"(?:(?:new|fully\s+paid|ordinary|common)\s+){0,2}(?:shares|units)\b", re.I)
# ('... received 1,000 common share purchase warrants, for a total of 3,500,000 warrants')
_A_TOTAL_OF_RIGHTS = re.compile(r"\b(?:a\s+total\s+of|an\s+aggregate\s+of|totall?ing)\s+(?P<n>\d{1,3}(?:,\d{3})+)\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:warrants|options)\b", re.I)
_N_OF_M = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})+)\s+of\s+(?:the|its|our|their)\s+(?:\d{1,3}(?:,\d{3})+\s+)?"
                     r"(?:(?:outstanding|eligible|existing|[A-Z][a-z]+)\s+)?(?:warrants|options)\b")
_ORDINAL_PART = re.compile(r"\b(?:[Tt]he\s+)?(?:first|second|third|fourth|final|remaining)\s+(?:note|debenture|loan|advance)\b")
_FACILITY_TRANCHE = re.compile(r"\brevolv\w*\b|\bdelayed[- ]draw\b", re.I)
_BALANCE_REPAYABLE = re.compile(r"\W*(?:The|Its)\s+(?:remaining\s+|outstanding\s+|unpaid\s+)?(?:principal\s+)?balance\s+of\s+"
                                r"(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:loan|facility|notes?|debentures?)\b(?:[^.;]|\.(?=\d)){0,60}?"
                                r"\b(?:is|are|will\s+be|remains?)\s+(?:re)?payable\b", re.I)
_DRAWN_UNDER = re.compile(r"\b(?:drawdown|disbursement|drew|drawing|drawn)\b[^;]{0,80}?\bunder\s+(?:the|its)\s+(?:[\w$.,-]+\s+){0,6}?"
                          r"(?:loan|tranche)\b", re.I)
# 'repayable from the first drawdown under the gold loan': the source of a repayment, no drawing of this loan
_REPAID_FROM = re.compile(r"\b(?:re)?pa(?:id|yable|y)\s+(?:out\s+)?(?:of|from|with)\s+(?:the\s+)?(?:\w+\s+)?(?:drawdown|drawing)\b",
                          re.I)
_GOLD_LOAN = re.compile(r"\bgold\s+(?:loan|prepayment)|\bounces\b|\boz\b", re.I)
_FACILITY_LEAD = re.compile(r"\bfacilit(?:y|ies)\b|\btranches\b", re.I)   # a list's lead: 'The Facility consists of two tranches:'
_HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would)\s+(?:potentially\s+)?(?:include|involve|comprise|consist\s+of|"
                           r"take\s+the\s+form\s+of)\s+(?:\w+\s+){0,6}$|"
                           # 'Obakamiga may repay the remaining $35 million ...': a repayment it may or may not make
                           r"\b(?:could|might|(?-i:may)|may\s+elect\s+to)\s+(?:also\s+)?(?:choose\s+to\s+)?$|"
                           # 'the Lenders could demand repayment of ...', 'would have been required to repay the full
                           # $1,500,000 tomorrow': what may or would have happened
                           r"\b(?:could|might|(?-i:may))\s+(?:demand|require|call\s+for|accelerate)\s+(?:the\s+)?$|"

                           r"\bwould\s+have\s+(?:\w+\s+){0,3}$|"
                           # ('a combination of equity and a possible gold stream'): a possibility, no financing
                           r"\b(?:a|an)\s+(?:possible|potential)\s+(?:[\w-]+\s+){0,2}$", re.I)
_AFTER_THE_ACTION = re.compile(r"\s*(?:After|Following|Upon)\s+(?:the|this|that|these|such)\s+(?:[\w-]+\s+){0,5}?"
                               r"(?:repayments?|redemptions?|conversions?|prepayments?|payments?|settlements?)\b"
                               r"(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:repayments?|redemptions?|conversions?|"
                               r"prepayments?|payments?|settlements?)\b)?")
_NOT_PAID = re.compile(r"\bnot\s+(?:been\s+)?(?:made|paid)\b|\bfail(?:ed|ure)\s+to\s+(?:make|pay)\b|\bmissed\b", re.I)
_STILL_UNDRAWN = re.compile(r"\b(?:remains?|remained|is|was|were|are)\s+(?:fully\s+|entirely\s+|currently\s+)?undrawn\b"
                            # 'no amounts drawn under its $75 million revolving credit facility', '..., is not affected
                            # by these changes', 'are unaffected by the prepayment': a facility only mentioned
                            r"|\bno\s+(?:amounts?|borrowings?|funds)\s+(?:were\s+|are\s+)?(?:drawn|outstanding)\s+under\b"
                            r"|\b(?:is|are|was|were|remains?|remained)\s+(?:not\s+affected|unaffected)\b"
                            r"|\b(?:remains?|remained)\s+(?:fully\s+)?available\b"
                            r"|\b(?:was|were|has\s+been|had\s+been)\s+never\s+(?:been\s+)?drawn\b", re.I)
_NEWLY = re.compile(r"\b(?:grant\w*|issu\w*|award\w*|priced|closed|completed)\b", re.I)
_ORG_PARTIES_CUE = re.compile(r"\b(?:from|with|(?<!\bowed\s)by|to|lenders?|investors?|purchasers?|underwriters?|led\s+by|including|"
                             r"paid|grant|granted|issue|issued)\s+(?:the\s+)?$", re.I)
# an agent or lead manager as the subject of its fee: 'Kalamunda Securities Pty Ltd, lead manager to the Offer, receives a
# fee of 6% ... and has today been issued 1,000,000 options', 'Brenner Pacific Securities Ltd. acted as agent ...'
_AGENT_SUBJECT = re.compile(r"^\W*(?:(?:In\s+addition|Also|Further),\s+)?$")
_AGENT_ACTS = re.compile(r"(?:,[^,;]{3,80},)?\s+(?:receives|received|will\s+(?:also\s+)?receive|would\s+receive|is\s+to\s+receive|"
                         r"acted\s+as|will\s+act\s+as|(?:has|have)\s+(?:today\s+)?been\s+(?:issued|granted))\b")


@dataclass
class _Row:
    instrument_type: str
    status: str
    amount: Money | None
    interest: float | None
    maturity: date | None
    share_count: int | None
    price: Money | None
    parties: list[str]
    start: int
    end: int
    term: str | None = None
    same_terms: bool = False    # 'on the same terms as the attaching options'
    lender_part: int = 0        # one of several lenders who 'each advanced' the amount: its place in their list
    from_table: bool = False    # a part of an issue read from a table row
    lent_before: bool = False   # its lenders are the ones an earlier sentence names with the loan
    same_price_at: int = -1     # where a later sentence says it was issued 'at the same price' as the issue before
    part_to_come: bool = False  # a part of a loan the text says is still to come ('will advance the remaining ...')
    in_gold: bool = False       # drawn or repaid in ounces, no sum of money ('drew down a gold loan of 12,000 ounces')


# 'FUND RAISING ACTIVITIES IN THE PAST TWELVE MONTHS' (a Hong Kong listing rule's section): earlier financings, told
# as background
_BACKGROUND_HEADING = re.compile(r"\b(?:(?:equity\s+)?fund[- ]?raising\s+activit(?:y|ies)|previous\s+(?:fund[- ]?raising|financings?|"
                                 r"placements?)|prior\s+(?:financings?|placements?)|capital\s+structure|securities\s+on\s+issue|"
                                 r"issued\s+capital)\b", re.I)


def _background_units(doc) -> set[int]:
    """The units under a heading that introduces earlier financings, up to the next heading."""
    out: set[int] = set()
    inside = False
    for i, u in enumerate(doc.seg.units):
        if u.kind == "heading" and not (inside and u.text.rstrip().endswith(":")):
            # (a lead-in under the heading, 'Following these issues the Company has on issue:', keeps it)
            inside = bool(_BACKGROUND_HEADING.search(u.text))
        elif inside:
            out.add(i)
    return out


_TERMS_LEAD = re.compile(r"\b(?i:key|principal|main|salient|summary\s+of\s+the)\s+(?i:terms)\s+of\s+the\s+(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*"
                         r"(?:include|are|is)?\s*:\s*$")
_TERM_LABEL = re.compile(r"\b(?:Principal\s+amount|Issue\s+price|Interest(?:\s+rate)?|Coupon|Maturity(?:\s+date)?|"
                         r"Conversion(?:\s+price|\s+shares)?|Term|Redemption|Security|Face\s+value)\s*(?::|\|(?=\s*[^\s|-]))", re.I)


# one key term per paragraph ('Conversion Price:    HK$1.15 per Conversion Share, subject to adjustment')
_TERM_LINE = re.compile(r"(?:Interest(?:\s+rate)?|Coupon|Maturity(?:\s+date)?|Conversion(?:\s+price|\s+shares)?)\s*:", re.I)
_CLAUSE_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})+\.?\s+|\(?[a-z]\)\s+)?")


def _terms_block(rows: list[_Row], text: str) -> None:
    """Fill rows from a block of 'Label: value' lines (a placing announcement's key terms): the one instrument they
    describe, or each of its tranches."""
    labels = list(_TERM_LABEL.finditer(text))
    for m, nxt in zip(labels, [*labels[1:], None], strict=True):
        label = " ".join(m.group().strip(" \n-*:|").lower().split())     # (and a table's cell: '| Interest | 8% ... |')
        value = text[m.end(): nxt.start() if nxt else len(text)]
        if len(rows) > 1:
            counts = _TRANCHE_COUNTS.findall(value)
            if label == "conversion shares" and 1 < len(counts) <= len(rows):
                # (the tranches follow the whole issue they split)
                for row, n in zip(rows[-len(counts):], counts, strict=True):
                    row.share_count = row.share_count or int(n.replace(",", ""))
            elif label != "conversion shares":
                for row in rows:
                    _term_value(row, label, value)
            continue
        _term_value(rows[0], label, value)


# 'Assuming full conversion ..., 48,076,923 new Shares will be issued on conversion of the Tranche 1 Bonds and
# 67,307,692 new Shares on conversion of the Tranche 2 Bonds'
_TRANCHE_COUNTS = re.compile(r"\b(\d{1,3}(?:,\d{3})+)\s+(?:new\s+|conversion\s+)?shares\b", re.I)


def _term_value(row: _Row, label: str, value: str) -> None:
    if label.startswith(("interest", "coupon")) and row.interest is None:
        row.interest = 0.0 if _ZERO_RATE.search(value) else _fixed_rate(value, 0, len(value))
    elif label.startswith("maturity") and row.maturity is None:
        found = find_dates(value)
        row.maturity = found[0].value if found else None
    elif label == "conversion price" and row.price is None:
        row.price = next(iter(find_money(value)), None)
    elif label == "conversion":
        # ('Conversion: The Lender may convert ... at S$0.085 per Share ... Assuming full conversion ..., 52,941,176 new
        # Shares ...'): the price and the count the conversion gives
        if row.price is None:
            row.price = next((m for m in find_money(value) if _PER_SHARE.match(value[m.end:m.end + 30])), None)
        if row.share_count is None and (full := _FULL_CONVERSION.search(value)):
            row.share_count = int((full.group("n") or full.group("n2")).replace(",", ""))
    elif label == "conversion shares" and row.share_count is None:
        # ('a maximum of 300,000,000 new Shares upon full conversion': all the conversion gives, no bound)
        full = _FULL_CONVERSION.search(value)
        row.share_count = int((full.group("n") or full.group("n2")).replace(",", "")) if full else \
            _share_count(value, 0, len(value))


# a legal form after a comma is part of the name before it: 'Songyin Rural Commercial Bank Co., Ltd.', 'Minera Cerro
# Cabrio, S.A. de C.V.', 'Inversiones Andinas Fund II, L.P.'
_FORM_AFTER_COMMA = r"(?!(?:Ltd|Inc|S\.A|L\.P|LP|C\.A|LLC|N\.V|B\.V|AG|GmbH|plc|PLC|Limited)\b)"
_FORM_ENDS = re.compile(r",\s+(?:S\.A\.(?:\s+de\s+C\.V\.)?|L\.P\.|LP|C\.A\.|LLC|N\.V\.|B\.V\.|Ltd\.|Inc\.)$")
# a lender's part told after its name: 'Indian Ocean Banking Corporation as mandated lead arranger', 'Perth Mercantile
# Bank Ltd participating as a lender'
_PART_AFTER_NAME = re.compile(r"\s+(?:as|participating|acting|for)\s+(?=[a-z]).*$", re.S)


def _split_list(text: str) -> list[str]:
    text = _PARENS_NOTE.sub("", text)
    parts = re.split(rf",\s+(?:and\s+)?{_FORM_AFTER_COMMA}|\s+and\s+(?=[A-Z])", text)
    parts = [_PART_AFTER_NAME.sub("", p) for p in parts]
    return [p.strip(" ,;") for p in parts if p.strip(" ,;")]


# a term defined by reference to a group named before: 'C and D joined the syndicate as lenders (together with the
# Mandated Lead Arrangers, the "Lenders")' after 'A and B acted as Mandated Lead Arrangers'
_DEFINED_WITH = re.compile(r"\(\s*together\s+with\s+the\s+(?P<ref>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),?\s+(?:the\s+)?"
                           r"\"(?P<term>[^\"]{2,40})\"\s*\)")
# where a sentence's subject ends: 'A and B acted as ...', 'C and D joined the syndicate ...'
_SUBJECT_END = re.compile(r"\s+(?:joined|acted|act|acting|were|was|are|is|have|has|had|will|each|also|participated|"
                          r"participate|provided|provide)\b.*$", re.S)


def _names_in(text: str) -> list[str]:
    """The names a clause lists: after the word that introduces them ('joined ... by A and B'), else its subject."""
    text = _SUBJECT_END.sub("", _LIST_LEAD.sub("", text))
    items = _split_list(text)
    return items if items and all(i[:1].isupper() and len(i.split()) <= 9 for i in items) else []


def _defined_with(sentences, at: int, m: re.Match) -> list[str]:
    """The members of a term defined together with a group named before: that group's (an earlier sentence of the
    last three names it: 'acted as Mandated Lead Arrangers') and the names the defining sentence lists."""
    own = _names_in(sentences[at].text[:sentences[at].text.find(m.group(0))] if m.group(0) in sentences[at].text
                    else "")
    ref = re.compile(rf"\bas\s+(?:the\s+)?{re.escape(m.group('ref'))}\b")
    for k in range(at - 1, max(-1, at - 4), -1):
        hit = ref.search(sentences[k].text)
        if hit:
            group = _names_in(sentences[k].text[:hit.start()])
            return [*group, *own] if group and own else []
    return []


def _defined_parties(doc) -> dict[str, list[str]]:
    """Defined party terms: 'The syndicate of lenders includes A, B and C (the "Lenders")'."""
    out: dict[str, list[str]] = {}
    for at, sent in enumerate(doc.seg.sentences):
        text = _PARENS_NOTE.sub("", sent.text)
        for m in _DEFINED_WITH.finditer(sent.text):
            term = re.sub(r"^the\s+", "", m.group("term").lower())
            if term not in out and (items := _defined_with(doc.seg.sentences, at, m)):
                out[term] = items
        for m in _DEFINED_LIST.finditer(text):
            # 'is pleased to announce ... with a syndicate co-led by A and B, and including C (together, the
            # "Underwriters")': the names after the last word that introduces them
            items = [_LIST_LEAD.sub("", i) for i in _split_list(m.group("list"))]
            if doc.issuer and any(i.split()[:1] == doc.issuer.split()[:1] for i in items):
                continue        # 'Witkoppies Gold Limited has concluded a ... facility ("the RCF")': not a party
            term = re.sub(r"^the\s+", "", m.group("term").lower())    # ('(together, "the Lenders")')
            if SELF_REFERENCE.fullmatch(term):
                continue        # ('Longquan Gold Co., Ltd. (the "Company")'): the issuer
            if len(items) >= 2 and all(ISSUER_RE.search(i + " ") or i[:1].isupper() for i in items):
                out[term] = items
            elif len(items) == 1 and ISSUER_RE.search(items[0] + " "):
                out[term] = [ISSUER_RE.search(items[0] + " ").group(1)]
            elif len(items) == 1 and _FORM_ENDS.search(items[0]) and items[0][:1].isupper() and len(items[0].split()) <= 9:
                out[term] = items       # ('Corporación Minera del Mayo, S.A. de C.V. (the "Vendor")')
        # 'its largest shareholder, Carbis Bay Holdings Limited ("Carbis Bay")': a company named with its short name
        for m in ISSUER_RE.finditer(text):
            term = _SHORT_NAME.match(text, m.end(1))
            # ('the Company and Brindabella Haulage Pty Ltd ("Brindabella") entered into a deed'): the name after the issuer
            name = _ISSUER_AND.sub("", m.group(1))
            if term and term.group("term").lower() not in out and not (
                    doc.issuer and name.split()[:1] == doc.issuer.split()[:1]):
                out[term.group("term").lower()] = [name]
        # 'the Tanzania Revenue Authority ("TRA")', 'the Government of the United Republic of Tanzania (the
        # "Government")': a public body named with its short name
        for m in _BODY_NAMED.finditer(text):
            if m.group("term").lower() not in out:
                out[m.group("term").lower()] = [m.group("name")]
    return out


_BODY_NAMED = re.compile(r"(?P<name>(?:[A-Z][\w'-]+\s+){0,4}(?:Authority|Ministry|Government|Agency|Commission|Bureau)"
                         r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:of\s+)?[A-Z][\w'-]+){0,4})?),?\s*\(\s*(?:the\s+)?"
                         r"\"(?P<term>[A-Z][^\"]{1,30})\"\s*\)")
_ISSUER_AND = re.compile(r"^(?:Company|Corporation|Group)\s+and\s+(?=[A-Z])")
_SHORT_NAME = re.compile(r"\s*\(\s*(?:the\s+)?\"(?P<term>[A-Z][^\"]{1,39})\"\s*\)")


# the interbank and reference rates a floating rate is set over (LIBOR and its kin in other markets: 'HIBOR plus 3.25
# per cent', 'SHIBOR', 'the CDI rate', 'IBR')
_BENCHMARKS = (r"LIBOR|SOFR|JIBAR|EURIBOR|BBSW|BBSY|BKBM|TIIE|CDOR|CORRA|SONIA|HIBOR|SHIBOR|SIBOR|TIBOR|KLIBOR|WIBOR|PRIBOR|"
               r"STIBOR|NIBOR|CIBOR|BUBOR|MIBOR|SELIC|CDI|IBR|DTF|TAIBOR")
_FLOATING = re.compile(rf"\b(?:{_BENCHMARKS}|prime(?:\s+rate)?|base\s+rate|"
                       r"bank\s+bill(?:\s+swap)?\s+rate)\b"
                       rf"(?:\s+\w+){{0,3}}?\s*(?:plus|\+)\s*$|\b(?:{_BENCHMARKS})\b", re.I)
# a margin over a floating rate: 'the bank bill rate plus a margin of 1.85% per annum', 'Term SOFR plus a margin of
# between 6.25% and 6.75%'
_MARGIN_BEFORE = re.compile(r"\bmargin\s+of\s+(?:between\s+)?(?:\d+(?:\.\d+)?\s*" + _PCT + r"\s+and\s+)?$|"
                            r"\b(?:plus|\+)\s+(?:a\s+)?(?:margin\s+of\s+)?(?:between\s+)?(?:\d+(?:\.\d+)?\s*" + _PCT + r"\s+and\s+)?$", re.I)
_FEE_RATE = re.compile(r"\b(?:fee|commission|premium|discount|royalty|NSR|interest\s+in)\b[^.;%]{0,25}$", re.I)


def _fixed_rate(text: str, lo: int, hi: int) -> float | None:
    """A fixed interest rate, not a margin over a floating rate ('LIBOR plus 4.5%') nor a fee's rate."""
    for rm in _RATE_RE.finditer(text, lo, hi):
        head = text[max(0, rm.start() - 40):rm.start()]
        if _FLOATING.search(head[-30:]) and re.search(r"(?:plus|\+)\s*$", head) or _FEE_RATE.search(head) or (
                _MARGIN_BEFORE.search(head) and _FLOATING.search(text, max(0, rm.start() - 80), rm.start())):
            continue
        group = next(i for i, g in enumerate(rm.groups(), 1) if g)
        value = rm.group(group)
        frac = re.search(r"(?<![\d.])(\d{1,2})\s+(\d)/$", text[max(0, rm.start() - 8):rm.start(group)])
        if frac and "." not in value and int(value) > int(frac.group(2)):
            return int(frac.group(1)) + int(frac.group(2)) / int(value)      # '9 1/4% per annum'
        return float(value)
    return None


# 'The Facility closed on June 20, 2008': the day something happened, not when the debt falls due
_FORMER_DAY = re.compile(r"\b(?:currently|presently|originally|previously|formerly)\s+(?:set\s+to\s+)?(?:expir\w*|due|"
                         r"matur\w*|exercisable\s+until)\s+(?:on\s+)?$", re.I)
_OTHER_PERIOD_ENDS = re.compile(r"\b(?:grace|standstill|forbearance|exclusivity|cure|hold|lock-?up)\s+period\b(?:[^.;]|\.(?=\d))*$",
                                re.I)
_DONE_VERBS = r"closed|close|completed|complete|signed|executed|drawn|drew|funded|issued|announced|received|advanced|approved|agreed"
_DONE_ON = re.compile(rf"\b(?:{_DONE_VERBS}|closing|completion|entered\s+into|dated|effective|took\s+place)\b,?(?:\s+\w+){{0,3}}\s+(?:on|by)\s+$",
                      re.I)


# ('During the quarter the Company delivered 4,500 oz of gold ... in scheduled repayment of its gold loan')
_OPENS_WITH_PERIOD = re.compile(r"\s*(?:During|In)\s+the\s+(?:(?:June|March|September|December)\s+)?(?:quarter|year|month|half(?:-year)?)\b", re.I)
_SENTENCE_OPENING_ON = re.compile(r"\s*(?:On|As\s+of|As\s+at)\s+", re.I)   # 'On April 9, 2009, ... advanced $75,000'
# 'Term loan facility On 9 August 2004 the Company ...', 'Also on January 16, 2026, ...', 'The Board announces that on
# 18 March 2019, the Company as borrower entered into ...': the day the news tells of, not a day anything falls due
_CLAUSE_OPENING_ON = re.compile(r"\s*(?:[\w-]+\s+){0,4}?(?:Also\s+)?(?-i:On)\s+|\s*Also\s+on\s+|"
                                r".*\b(?:announces?|announced|advises?|advised|informs?|notes?|reports?)\s+that\s+on\s+",
                                re.I | re.S)
_SET_OFF_DATE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,")    # '..., on 23 June 2015, Golden Funiu ... advanced'
# 'The Company drew US$5 million under its term loan on May 2, 2012', 'a drawdown of US$8.0 million on 19 October
# 2018': a clause that tells a deed done, with no word of payment or expiry in it, dates the deed
_DONE_IN_CLAUSE = re.compile(r"^(?:(?!\b(?:repayable|payable|due|matur\w*|expir\w*|exercisable|until)\b).)*?"
                             rf"\b(?:{_DONE_VERBS}|drawdown|drawing|drew\s+down|borrowed|adopted|granted|concluded|obtained|entered\s+into)\b"
                             r"(?:(?!\b(?:repa\w*|pa(?:y|id|yable|yment)|due|matur\w*|expir\w*|exercis\w*|until|redeem\w*|"
                             r"redemption|convert\w*|extend\w*|deliver\w*|instal+ments?)\b).)*\bon\s+$", re.I | re.S)


def _done_in_clause(before: str) -> bool:
    """Whether the clause that ends at a date ('... on ') tells a deed done (drawn, signed, closed) and no payment."""
    clause = re.split(rf"[;:()]|(?!{_NO_STOP})\.(?!\d)", before)[-1][-160:]
    return bool(_DONE_IN_CLAUSE.search(clause))


_PAYMENT_DUE = re.compile(r"\b(?:interest|coupon)\s+(?:payment|instal+ment)s?\s+(?:of\s+\S+\s+(?:\w+\s+)?)?(?:that\s+(?:was|fell)\s+)?"
                          r"(?:due|falling\s+due|payable)\s+(?:on\s+)?$", re.I)
_LOAN_MATURITY_BEFORE = re.compile(r"\b(?:ahead\s+of|before|prior\s+to)\s+(?:its|the)\s+(?:scheduled\s+|original\s+|final\s+)?"
                                   r"maturity(?:\s+date)?\s+(?:of\s+|on\s+)?$", re.I)


def _maturity(text: str, lo: int, hi: int, action: bool = False) -> date | None:
    """The date the instrument falls due (for a repayment, settlement or transfer: the day it is made)."""
    weak = None
    extends = "extend" in text or "extension" in text
    for d in find_dates(text[lo:hi]):
        before = text[max(0, lo + d.start - 40): lo + d.start]
        if not action and _PAYMENT_DUE.search(before):
            # 'did not pay the $2.3 million semi-annual interest payment due on November 30, 2008 on its ... notes due
            # June 30, 2012': the day an interest payment fell due, not the debt's maturity
            continue
        if action and _LOAN_MATURITY_BEFORE.search(before):
            continue        # ('repaid in full ... ahead of its scheduled maturity of March 31, 2023'): the loan's day
        if _FORMER_DAY.search(before):
            continue        # ('are currently expiring April 5, 2019 ... will be exercisable until April 5, 2021'): the old day
        if _OTHER_PERIOD_ENDS.search(text, max(0, lo + d.start - 90), lo + d.start):
            continue        # ('The grace period under the indenture ... expired on April 13, 2020'): no debt's day
        if _MATURITY_CUE.search(before) or extends and re.search(r"\bto\s+$", before):
            return d.value      # ('extend the maturity date ... to December 31, 2013')
        if weak is None and _WEAK_CUE.search(before) and not re.search(r"\bdated\s+$|\bfrom\s+$", before) and \
                not _DONE_ON.search(before) and (action or not (
                    _OPENING_DATE.match(text, lo + d.end) or _SENTENCE_OPENING_ON.fullmatch(text, 0, lo + d.start)
                    or _CLAUSE_OPENING_ON.fullmatch(text, 0, lo + d.start)
                    or before.endswith((", on ", ", on\n")) and _SET_OFF_DATE.match(text, lo + d.end)
                    or _done_in_clause(text[:lo + d.start]))):
            weak = d.value      # ('On 14 May 2012, Bambouk drew down A$5 million ...': the day it was drawn)
    return weak


# 'On 14 May 2012, Bambouk drew down ...', 'the Company on 3 June 2015 signed a ... facility': the day it was done
_OPENING_DATE = re.compile(rf"\s*\((?:after|before|during)\s+trading\s+hours\)|\s*,?\s+(?:the\s+)?(?:\(?[A-Z][\w.,'()-]*\s+){{0,6}}(?:has\s+|have\s+)?(?:{_DONE_VERBS}|entered|"
                           r"obtained|secured|raised|arranged|made|repaid|settled|borrowed|concluded|sold|granted)\b")


def _parties(text: str, doc, defined: dict[str, list[str]]) -> list[str]:
    parties: list[str] = []
    for term, items in defined.items():
        if re.search(rf"\bthe\s+{re.escape(term)}\b", text, re.I) or (
                len(items) == 1 and re.search(rf"\b{re.escape(term)}\b", text, re.I) and term[:1].isalpha()
                and not re.search(rf"\b{re.escape(term)}\b", (doc.issuer or ""), re.I)):
            parties.extend(items)
    for m in _CLASS_PARTIES.finditer(text):
        parties.extend(p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list").replace("its ", "")) if p)
    for m in _INVESTOR_CLASSES.finditer(text):
        # 'placed with institutional and sophisticated investors': each class a party
        kinds = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("kinds").lower())
        if m.group("other"):
            parties.append(f"{m.group('kinds').lower()} and other {m.group('who').lower()}")
            continue
        parties.extend(f"{k} {m.group('who').lower()}" for k in kinds if k)
    issuer_first = ISSUER_FORM_FIRST.sub("", doc.issuer).split()[0].lower() if doc.issuer else ""
    for m in ISSUER_RE.finditer(text):
        name = _ISSUER_AND.sub("", m.group(1))
        if issuer_first and name.lower().startswith(issuer_first):
            continue
        if not _ORG_PARTIES_CUE.search(text[max(0, m.start() - 30): m.start()]) and not parties and not (
                _AGENT_SUBJECT.match(text[:m.start()]) and _AGENT_ACTS.match(text, m.end())):
            continue
        left, _, right = name.partition(" and ")
        # 'Eric Sprott and Delbrook Capital Advisors Inc.': a list, not one name
        for part in ([left, right] if right and 2 <= len(left.split()) <= 3 else [name]):
            if part not in parties:
                parties.append(part)
    for name in [*cued_parties(text, doc.issuer), *_people_parties(text), *_people_by_surname(text, doc.clean.text)]:
        longer = [i for i, p in enumerate(parties) if name.endswith(" " + p)]
        if longer:      # 'with St Mary Axe Resource Mezzanine Fund II LP': the name's first word was not read
            parties[longer[0]] = name
        elif not any(name in p or p in name for p in parties):
            parties.append(name)
    seen, out = set(), []
    for p in parties:
        p = p.strip()
        at = text.find(p)
        if at > 0 and _SUBSIDIARY_BEFORE.search(text, max(0, at - 60), at):
            continue        # 'through its wholly owned subsidiary Rietvlei Deep Mining (Pty) Ltd': the borrower's side
        if at > 0 and len(parties) > 1 and _OWNER_BEFORE.search(text, max(0, at - 90), at):
            continue        # 'Goldpeak Ventures Limited, a company wholly owned by Mr. Tang Wai Lun': the lender's owner
        if p and p.lower() not in seen and not WIRE_SERVICE.match(p):    # ('--(Newsfile Corp. - November 5, 2019)')
            seen.add(p.lower())
            out.append(p)
    if len(out) > 1:
        out = _one_name_each(out, text)
    # in the order the text names them (a defined term's members where the term stands)
    return sorted(out, key=lambda p: text.find(p) if p in text else len(text))


_BRANCH = re.compile(r"(?:[A-Z][\w-]+\s+){1,3}Branch")


def _one_name_each(parties: list[str], text: str) -> list[str]:
    """Each party once, by its whole name: a bank's branch stays with the bank ('Hexi Development Bank Co., Ltd.,
    Gansu Branch'), and a piece of a name read on its own ('Sahel S.A.' beside 'Societe Bancaire du Sahel S.A.') or two
    names read as one ('KMSA and Matterhorn Precious Metals SA' beside 'Matterhorn Precious Metals SA') gives way."""
    out = list(parties)
    for p in parties:
        if _BRANCH.fullmatch(p):
            bank = next((o for o in out if o != p and f"{o}, {p}" in text), None)
            if bank is not None:
                out = [f"{o}, {p}" if o == bank else o for o in out if o != p]
    out = [p for p in out if not any(o != p and (p.endswith(" and " + o) or p.startswith(o + " and ")) for o in out)]
    return [p for p in out if not any(o != p and o.endswith(" " + p) for o in out)]


# a person named with the office held: 'advanced by the Chairman, Mr Keith Brabham', 'owed to Daniel Kvale, its Chief
# Executive Officer, and Ruth Cardiff, its Chief Financial Officer', 'Raymond Castellanos, President and Chief
# Executive Officer, advanced U.S. $350,000', 'Helen Varga, a director of the Company, has lent the Company ...'
_OFFICE = (r"(?:(?:Non-?[Ee]xecutive|Executive|Independent|Deputy|Vice|Senior)\s+)?(?:Chairman|Chair|President|"
           r"Chief\s+(?:Executive|Financial|Operating)(?:\s+Officer)?|CEO|CFO|COO|(?:Managing|Finance|Executive)\s+Director|"
           r"[Dd]irector)(?:\s+of\s+the\s+Board)?")
_PERSON = r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>(?-i:[A-Z][\w'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'-]+){1,2}))"
_OFFICE_THEN_PERSON = re.compile(rf"\b(?:by|to|from)\s+(?:the|its|our)\s+{_OFFICE},?\s+(?:Mr|Ms|Mrs|Dr)\.?\s+"
                                 r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'-]+){1,2})")
_PERSON_WITH_OFFICE = re.compile(
    rf"(?P<cue>(?<!controlled\s)(?<!owned\s)(?<!managed\s)(?<!chaired\s)\b(?:to|by|from|with)\s+|,?\s+and\s+|^\s*|"
    rf"(?:^|[.;]\s+|,\s+)(?:In\s+addition,\s+)?){_PERSON},\s+(?:(?:the\s+(?:Company|Corporation|Group)'s|its|our|a|an)\s+)?"
    # ('Dale Oberg, President, Chief Executive Officer and a director of the Company, has loaned ...')
    rf"{_OFFICE}(?:(?:,\s+|,?\s+and\s+(?:a\s+|an\s+)?){_OFFICE}){{0,3}}(?:\s+of\s+the\s+(?:Company|Corporation))?"
    rf"(?:,|(?=\s*(?:[.;]|$)))"
    r"(?P<after>\s+(?:has\s+|have\s+|will\s+|each\s+)?(?:also\s+)?(?:advanced|lent|loaned|provided|subscribed|"
    r"agreed\s+to\s+(?:advance|lend|provide|subscribe)|committed\s+to))?")


# people as the subject of a subscription or loan: 'two Directors, Mr Ross Tindale and Mr Graham Pettit, will subscribe',
# 'Hugh Pettigrew (Non-Executive Chairman), Dr Issouf Kaboré (Chief Executive) and Fiona Marchbank (Finance Director)
# have agreed to subscribe', 'directors Mr Philip Dunscombe and Ms Helena Fenshaw have committed to subscribe'
_PEOPLE_ACT = re.compile(r"\b(?:will|has|have|had)\s+(?:also\s+)?(?:conditionally\s+)?(?:subscribe[d]?|"
                         r"(?:agreed|committed|undertaken)\s+to\s+subscribe|advanced|provided|lent)\b")
_SUBJECT_PERSON = re.compile(rf"{HONORIFIC}(?P<name>(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{1,2}}))\b|"
                             rf"\b(?P<name2>(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{1,2}}))\s+\({_OFFICE}\)")


def _subject_people(text: str) -> list[str]:
    """The people a financing sentence names as the ones who subscribe or lend, before that verb."""
    act = _PEOPLE_ACT.search(text)
    if act is None:
        return []
    subject = re.split(r";|\.\s", text[max(0, act.start() - 200):act.start()])[-1]
    return [m.group("name") or m.group("name2") for m in _SUBJECT_PERSON.finditer(subject)]


def _people_parties(text: str) -> list[str]:
    """People the financing sentence names with the office they hold, as lender, subscriber or creditor."""
    out = [m.group("name") for m in _OFFICE_THEN_PERSON.finditer(text)]
    out += [n for n in _subject_people(text) if n not in out]
    chain: list[str] = []      # 'Alastair Pengelly, Chairman, and Dr Neema Kisanga, Chief Executive, have agreed'
    last_end = -1
    for m in _PERSON_WITH_OFFICE.finditer(text):
        joined = "and" in m.group("cue") and m.start() == last_end
        chain = [*chain, m.group("name")] if joined else [m.group("name")]
        last_end = m.end()
        if re.search(r"\b(?:to|by|from|with)\s+$", m.group("cue")) or joined and any(c in out for c in chain[:-1]):
            out.append(m.group("name"))
        elif m.group("after"):
            out.extend(c for c in chain if c not in out)
    return out


# people a grant or loan names by surname alone: 'the Board has granted Ms. Calloway 1,200,000 incentive stock
# options', 'granted ... to Dr. Lindell, Mr. Arredondo-Baird, Ms. Thornquist and Mr. Heppner', 'Dr Ritchie has been
# granted options', 'advanced by Mr. Peng'; the release names them in full elsewhere ('Ms. Meredith Calloway')
_SURNAME = r"(?:Mr|Ms|Mrs|Dr)\.?\s+(?-i:[A-Z][\w'-]+)(?!\s+(?-i:[A-Z]))"
_SURNAMES_CUED = re.compile(rf"\b(?:granted|grant|issue|issued|to|by|from)\s+(?:each\s+of\s+)?(?:the\s+\w+\s+)?"
                            rf"(?P<list>{_SURNAME}(?:(?:,\s+|,?\s+and\s+){_SURNAME})*)|"
                            rf"(?P<one>{_SURNAME})(?=,?\s+(?:was|has\s+been|will\s+be|is\s+to\s+be)\s+granted\b|"
                            r"\s+(?:has\s+)?(?:advanced|lent)\b)", re.I)
_GIVEN_STOP = frozenset("The Board Company Mr Mrs Ms Dr Ing Lic Sr Sra Dra Prof Sir And Of Chief President Director Chairman "
                        "Officer Executive Non-Executive Financial Operating Vice Senior Independent Managing Said Limited "
                        "Ltd Holdings Inc Corp Corporation Group Gold Mining Resources Minerals Plc".split())


def _people_by_surname(text: str, whole: str) -> list[str]:
    """The full names, from the whole release, of the people a financing sentence names by honorific and surname."""
    out = []
    for m in _SURNAMES_CUED.finditer(text):
        if re.search(r"\bincluding\b", text[max(0, m.start() - 120):m.start()]):
            continue        # ('to officers, directors and consultants, including 500,000 options to Dr. Bhattacharya')
        for sm in re.finditer(r"(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<sur>[A-Z][\w'-]+)", m.group("list") or m.group("one")):
            sur = sm.group("sur")
            full = None
            for fm in re.finditer(rf"((?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}){re.escape(sur)}\b", whole):
                given = fm.group(1).split()
                while given and given[0].rstrip(".") in _GIVEN_STOP:
                    given.pop(0)        # ('Ms. Meredith Calloway', 'The Board ... Meredith Calloway')
                if given and not any(g.rstrip(".") in _GIVEN_STOP or len(g) > 2 and g.isupper() or
                                     len(g.rstrip(".")) == 1 and not g.endswith(".") for g in given):
                    full = " ".join([*given, sur])
                    break
            if full is None:        # a Chinese name, surname first: 'Mr. Ho Wing Tak'
                cm = re.search(rf"\b(?:Mr|Ms|Mrs|Dr)\.?\s+({re.escape(sur)}(?:\s+[A-Z][a-z]+){{1,2}})\b", whole)
                full = cm.group(1) if cm else None
            if full and full not in out:
                out.append(full)
    return out


_TRANCHE_DRAWN = re.compile(r"\btranche\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:drawn|advanced)\b|"
                            r"\b(?:drew|drawn|draw\s+down|drawdown\s+of)\s+(?:down\s+)?(?:the\s+)?(?:first|second|third|"
                            r"final|initial)\s+tranche\b", re.I)
_PROCEEDS_OF = re.compile(r"\bproceeds\s+(?:of|from)\s+(?:the\s+)?tranche\b", re.I)
# the owner of the company that lends or subscribes: 'Inversiones Parima Ltd., a company controlled by Mr. Peter J.
# Castellane, Chairman of the Company', 'Cottesloe Ridge Capital Pty Ltd, an entity associated with the Company's
# Chairman, Mr Bruce Pendergrast'
_OWNER_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:company|entity|corporation|vehicle|trust)\s+(?:(?:wholly|beneficially|ultimately|"
                           r"jointly|indirectly)[- ]\s*)?(?:owned|controlled|associated\s+with|related\s+to)\b(?:[^.;()\"]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){0,70}$",
                           re.I)
_SUBSIDIARY_BEFORE = re.compile(r"\b(?:its|the\s+(?:Company|Corporation|Group)'s|our)\s+(?:(?:wholly|100" + _PCT + r"|majority)[- ]owned\s+|indirect\s+|"
                                r"operating\s+|principal\s+|\w+n\s+)*subsidiary,?\s+$", re.I)
_ADJECTIVES_ONLY = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,4}$")


def _own_amount_start(text: str, moneys: list[Money], start: int) -> int:
    """Where an instrument's words begin, counting an amount written just before them ('a US$40 million gold
    stream')."""
    for m in moneys:
        if start - 60 <= m.end <= start and _ADJECTIVES_ONLY.fullmatch(text, m.end, start) \
                and not _PER_SHARE.match(text[m.end:m.end + 30]):
            return m.start
    return start


# thousands grouped by spaces in prose ('1 500 000 options', 'S/. 3 500 000', 'delivered 5 000 ounces'), as South
# African and European releases write them (a table's columns are left alone: a space may part them)
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d|,\d)")


def _comma_grouped(doc):
    """``doc`` with thousands grouped by spaces in its prose grouped by commas instead: every recognizer reads
    '1 500 000' as '1,500,000' (the same length, so every offset holds)."""
    if not any(u.kind != "table" and _SPACE_GROUPED.search(u.text) for u in doc.seg.units):
        return doc
    clean = list(doc.clean.text)
    units = []
    changed: set[int] = set()
    for u in doc.seg.units:
        if u.kind == "table" or not _SPACE_GROUPED.search(u.text):
            units.append(u)
            continue
        text = list(u.text)
        for m in _SPACE_GROUPED.finditer(u.text):
            for i in range(m.start(), m.end()):
                if text[i] == " ":
                    text[i] = clean[u.start + i] = ","
                    changed.add(u.start + i)
        units.append(replace(u, text="".join(text)))
    sentences = tuple(s if units[s.unit] is doc.seg.units[s.unit] or len(s.text) != s.end - s.start else replace(
        s, text="".join("," if s.start + i in changed else c for i, c in enumerate(s.text))) for s in doc.seg.sentences)
    clean_text = "".join(clean)
    return replace(doc, clean=replace(doc.clean, text=clean_text), seg=replace(doc.seg, units=tuple(units),
                                                                               sentences=sentences))


_GOLD_DRAWN = re.compile(r"\b(?:drew|drawn|draws|drawdown\s+of)\s+(?:down\s+)?(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:gold\s+loan\s+of\s+[\d,]+\s+(?:troy\s+)?(?:ounces|oz)|[\d,]+\s*(?:troy\s+)?(?:ounces|oz)\b[^.;]{0,60}?"
                         r"\bgold\s+loan)", re.I)
_FORBORNE = re.compile(r"\b(?:not\s+to|will\s+not|would\s+not|shall\s+not|refrain\s+from)\s+(?:demand(?:ing)?|seek(?:ing)?|"
                       r"requir(?:e|ing)|call(?:ing)?\s+for)\s+(?:\w+\s+){0,2}$", re.I)
_QUOTED_REMARK = re.compile(r"\s*[\"\u201c][^\"\u201c\u201d]{10,400}[,.!]?[\"\u201d]\s*(?:,?\s*(?:said|says|added|commented|stated|noted)\b|$)")


def extract_financings(doc) -> list[FinancingFact]:
    shown, doc = doc, _comma_grouped(doc)
    defined = _defined_parties(doc)
    rows: list[_Row] = []
    terms: dict[str, _Row] = {}
    context_status: str | None = None
    last_loan_type = None
    last_equity_type = None
    last_tranched_type = None      # the latest loan or equity instrument: a tranche sentence continues it
    tranche_type = None            # the instrument a sentence said comes in tranches
    seen_without_row: set[str] = set()
    stream_parties: list[str] = []
    pending_loan: tuple | None = None    # a loan or lease told without its sum, which the next sentences may give
    last_unit = -1
    bond_type: str | None = None        # the kind of bonds or notes the release issues, for its series listed below
    series_status: str | None = None    # what the lead-in of a list of series says of them ('both settled on ...')
    last_loan_row: tuple[int, _Row] | None = None
    terms_unit = -1     # the paragraph of the latest line of key terms ('2.4  Conversion: ...')
    unsized: list[_Row] = []            # offers named and priced, whose size a later sentence gives
    defined_terms = {m.group("term") for sent in doc.seg.sentences if '("' in sent.text or '(the "' in sent.text
                     for m in DEFINED_TERM.finditer(sent.text)}
    background_units = _background_units(doc)
    for sent in doc.seg.sentences:
        unit = doc.seg.units[sent.unit]
        if sent.unit != last_unit:
            if unit.kind != "list_item" or sent.unit - 1 != last_unit and doc.seg.units[sent.unit - 1].kind == "heading":
                context_status = None       # (a list after its own lead-in line starts a new context)
            last_unit = sent.unit
        if sent.section != "body" or sent.unit in background_units:
            continue
        series_row = False
        if sent.text.rstrip().endswith(":"):
            series_status = "closed" if _CLOSED.search(sent.text) or _DONE.search(sent.text) or re.search(
                r"\b(?:settled|placed)\b", sent.text) else None
        text = sent.text
        if HEARSAY.search(text):
            continue        # 'an article ... which reported that the Company was close to signing a NZ$45 million gold
            #                  stream': what others say of the issuer, which the release answers
        if _QUOTED_REMARK.match(text):
            continue        # '"With the bank facility now at $50 million and the debentures retired, our balance sheet is
            #                  the strongest it has been," said ...': an officer's words about what the release told
        if _EARLIER_ANNOUNCEMENT.match(text):
            continue        # 'Reference is made to the announcement of the Company dated 12 June 2007 in relation to the
            #                  issue of HK$120,000,000 convertible bonds': an instrument an earlier announcement told
        # 'Directors subscribed for 8,000,000 of the Tranche 2 shares ($200,000)': who took part of the issue just told,
        # no issue of its own; 'Duncan Fairhurst ... has committed to subscribe for 4,000,000 units': an insider's part
        # of the placement just told (fewer units than it, no sum of its own)
        part = _PART_OF_ISSUE.search(text)
        commit = _COMMITTED_PART.search(text) if part is None else None
        if part or commit:
            owner = next((r for r in reversed(rows) if r.instrument_type in ("private_placement", "equity_offering")), None)
            if commit and (owner is None or not owner.share_count
                           or int(commit.group("n").replace(",", "")) >= owner.share_count
                           or any(not _PER_SHARE.match(text[m.end:m.end + 30]) for m in find_money(text))):
                commit = None       # (a commitment to an issue of its own)
            part = part or commit
        if part is None and (classes := _CLASS_TOOK.findall(text)):
            # 'Insiders of the Company subscribed for 800,000 units', 'Pinegrove ... acquired 1,500,000 Units, and
            # insiders of the Company acquired an aggregate of 720,000 Units': insiders' parts of the placement just
            # told (fewer units than it, no sum of their own)
            owner = next((r for r in reversed(rows) if r.instrument_type in ("private_placement", "equity_offering")), None)
            counts = [int(m.group("n").replace(",", "")) for m in _PART_TAKEN.finditer(text)]
            if owner is not None and owner.share_count and counts and sum(counts) < owner.share_count and all(
                    _PER_SHARE.match(text[m.end:m.end + 30]) for m in find_money(text)):
                owner.parties += [p for p in _parties(text, doc, defined) if p not in owner.parties]
                owner.parties += [c.lower() for c in classes if c.lower() not in owner.parties]
                continue
        if part:
            if owner is not None:
                owner.parties += [p for p in _parties(text[:part.end()], doc, defined) if p not in owner.parties]
                if who := _CLASS_SUBJECT.match(text):
                    # ('Certain Directors subscribed for an aggregate of 2,500,000 of the Firm Placing Shares')
                    owner.parties += [c for c in re.split(r",\s*(?:and\s+)?|\s+and\s+", who.group("list").lower())
                                      if c and c not in owner.parties]
            continue
        if _SUM_OF_OFFERS.search(text):
            continue        # 'The $4.5 million raised under the Placement and the SPP will fund ...': two offers' sum
        # 'Fondo de Inversión Cordillera S.A. subscribed for Cdn$900,000 of the debentures and two directors ... for the
        # balance', 'Stellarton ..., through its purchase of C$500,000 of Debentures in the first tranche, ...': who took
        # part of the debt issue just told, no issue of its own
        sums = [m for m in find_money(text) if not _PER_SHARE.match(text[m.end:m.end + 30])]
        debts = [r for r in reversed(rows) if r.instrument_type in ("convertible_debenture", "promissory_note",
                                                                     "secured_loan") and r.amount]
        # (the tranche the sentence names: '..., all in the second tranche')
        tranche = re.search(r"\b(?:first|second|third|fourth|final)\s+tranche\b", text, re.I)
        # (its words, as the clean text may break them over two lines)
        debt = next((r for r in debts if tranche and re.search(r"\s+".join(map(re.escape, tranche.group().split())),
                                                                doc.clean.text[r.start:r.end], re.I)),
                    debts[0] if debts else None)
        named = [after for m in sums if (after := _DEBT_PART_AFTER.match(text, m.end))]
        if sums and debt is not None and named and all(
                _DEBT_PART_BEFORE.search(text, max(0, m.start - 40), m.start) and m.currency == debt.amount.currency
                and m.amount < debt.amount.amount for m in sums) and not any(
                DEFINED_TERM.match(text, after.end() + 1) for after in named):   # ('£2.0 million of Notes (the "First Tranche")')
            debt.parties += [p for p in _parties(text, doc, defined) if p not in debt.parties]
            continue
        if _MEETING_BUSINESS.search(text):
            continue        # 'Resolution 2 - Approval of the issue of up to 25,000,000 Tranche 2 Placement Shares ...': what
            #                  a meeting is asked to approve or ratify, no issue of its own
        if unit.kind == "list_item" and rows:
            # 'Key terms of the Notes:' and a list of them: the terms of the instrument that term names
            lead = _TERMS_LEAD.search(_lead_in(doc, sent.unit))
            row = (terms.get(lead.group("term").lower()) or next(
                (r for r in reversed(rows) if r.instrument_type not in _NO_PRINCIPAL), None)) if lead else None
            if row is not None:
                _update_from_reference(row, text, doc, sent.start)
                continue
        numbered = _CLAUSE_NUMBER.match(text).end()     # ('2.3  Maturity date:  30 September 2015')
        if rows and (len(_TERM_LABEL.findall(text)) >= 2 or _TERM_LABEL.match(text, numbered) and _TERM_LINE.match(
                text, numbered) and rows[-1].instrument_type in _LOANS):
            # 'Principal amount: HK$54,000,000  Interest: 6.5% per annum ...  Conversion Price: HK$0.36': the key
            # terms of the instrument just announced, no instrument of their own
            # (the terms of two tranches told once: each tranche takes them, and the counts in order)
            tranches = list(itertools.takewhile(lambda r: r.instrument_type == rows[-1].instrument_type, reversed(rows)))
            _terms_block(tranches[::-1], text)
            # (the next sentence of the line may go on with the same term: '2.4  Conversion: ... at S$0.085 per Share.
            # Assuming full conversion ..., 52,941,176 new Shares ...')
            terms_unit = sent.unit
            continue
        if unit.kind != "list_item" and re.search(r"term\s+sheet|letter\s+of\s+intent|subject\s+to\s+definitive|non-binding", text, re.I):
            context_status = "proposed"
        low = text.lower()
        if not any(w in low for w in _FINANCING_WORDS) and not any(t in low for t in terms) and not (
                last_equity_type and _SHARES_RAISING.search(text)) and not (
                last_loan_row is not None and last_loan_row[0] == sent.unit and (
                    _RATE_RE.search(text) or _MATURES.search(text) or terms_unit == sent.unit and _FULL_CONVERSION.search(text))):
            continue        # (a sentence about a defined instrument: 'The RCF bears interest at ...')
        moneys = [m for m in find_money(text) if not _NOT_ITS_AMOUNT_BEFORE.search(text, max(0, m.start - 40), m.start)
                  and not _BALANCE_BEFORE.search(text, max(0, m.start - 70), m.start)
                  and not _CONVERSION_BEFORE.search(text, max(0, m.start - 40), m.start)
                  and not (_AVAILABLE_AFTER.match(text, m.end) and not _DRAW_BEFORE.search(text, max(0, m.start - 50),
                                                                                            m.start))
                  and not _ACCORDION_AFTER.match(text, m.end) and not _CAPEX_AFTER.match(text, m.end)
                  and not _OUTSTANDING_AFTER.match(text, m.end)]
        matches = sorted(((t, m.start(), m.end()) for t, rx, words in _INSTRUMENT_RES if any(w in low for w in words)
                          for m in rx.finditer(text)), key=lambda x: x[1])
        if not any(t == "warrants" for t, _, _ in matches) and (bare := _COUNTED_OPTIONS.search(text)) and \
                _ATTACHING.search(doc.clean.text, unit.start, sent.start):
            # 'Every two new shares carried one free attaching option. A total of 24,125,000 options, each exercisable
            # at 8 cents ..., were issued today': the attaching options, counted
            matches = sorted([*matches, ("warrants", bare.start("o"), bare.end())], key=lambda x: x[1])
        if not any(t in ("warrants", "stock_options") for t, _, _ in matches) and (
                third := _OPTIONS_EXERCISABLE.search(text)) and not _STAFF.search(text) and not _GRANTED.search(text) and \
                not _OPTIONS_ON_ISSUE.search(text):
            # 'Bellarine will also be issued 2,000,000 options over ordinary shares exercisable at A$0.55': options
            # issued, not granted, to no one on the staff are warrants
            matches = sorted([*matches, ("warrants", third.start("o"), third.end("o"))], key=lambda x: x[1])
        # 'will issue a total of 4,500,000 unlisted options to directors ...': the staff's options
        matches = [("stock_options", a, b) if t == "warrants" and text[a:b].lower().endswith("unlisted options")
                   and _TO_STAFF.match(text, b) else (t, a, b) for t, a, b in matches]
        # warrants or options exercised are no new issue, unless the sentence counts what the exercise raised ('holders
        # have exercised 4,120,000 warrants at $0.10 per share, for proceeds to the Company of $412,000')
        exercised_for_proceeds = bool(_EXERCISE_PROCEEDS.search(text))
        matches = [x for x in matches if not (x[0] in ("warrants", "stock_options") and not exercised_for_proceeds and (
            re.search(r"\bexercis(?:e|ed|ing)\s+(?!price)(?:of\s+)?(?:\S+\s+){0,6}$", text[max(0, x[1] - 60):x[1]], re.I)
            or re.match(r"\s*(?:exercisable\s+at\s+\S+\s+(?:per\s+share\s+)?)?(?:were|was|have\s+been|had\s+been)\s+exercised",
                        text[x[2]:x[2] + 60], re.I)))]
        if last_equity_type == "equity_offering" and matches and all(
                t == "private_placement" and "flow-through" in text[a:b].lower() and not re.search(
                    r"plac|subscri", text[a:b], re.I) for t, a, b in matches if t != "warrants"):
            # 'At closing the Company issued 4,600,000 flow-through common shares ...' after a bought deal: the
            # offering's flow-through part, not a placement of its own
            matches = [("equity_offering", a, b) if t == "private_placement" else (t, a, b) for t, a, b in matches]
        if _INTEREST_PAID.search(text):
            # 'the interest of RMB4.6 million due on 21 June 2025 on the RMB200,000,000 term loan ... was paid in
            # full': interest paid on a loan, which the sentence only names
            loan = next((x for x in matches if x[0] in _LOANS), None)
            if loan is not None and re.search(r"\bon\s+(?:the|its|their)\s+(?:\S+\s+){0,4}$", text[max(0, loan[1] - 60):loan[1]]):
                matches = [x for x in matches if x[0] not in _LOANS]
        if any(t == "debt_repayment" for t, _, _ in matches) and _PART_OF_PROCEEDS.search(text):
            # 'R150 million of the Rights Offer proceeds will be applied to reduce the amount drawn under the RCF': the
            # offer says where the money comes from; the sentence's row is the repayment
            matches = [x for x in matches if x[0] not in ("private_placement", "equity_offering")]
        if _RECALLED.search(text) or _NEVER_HAPPENED.search(text):
            # (and one that never happened: '... the US$20 million project facility that the Company discussed with
            # an international lender in 2012, which did not proceed')
            continue
        if not moneys and _TAKE_UP.search(text):
            # 'Shareholders followed their rights in respect of 11 284 620 claw-back shares and the remaining 18 715 380
            # were taken up by Mahube': how an offer already told was taken up, no issue of its own
            matches = [x for x in matches if x[0] not in ("private_placement", "equity_offering")]
        # 'warrants issued in the Company's February 2017 private placement': an earlier placement named, no new one
        matches = [x for x in matches if not (x[0] in ("private_placement", "equity_offering") and _EARLIER_NAMED.search(
            text, max(0, x[1] - 70), x[1]))]
        if _FOLLOWS_EARLIER.search(text) and all(x[0] in ("private_placement", "equity_offering", "warrants") for x in matches):
            continue
        # a payment missed is no repayment: 'failed to make a scheduled $7.5 million principal repayment'
        matches = [x for x in matches if not (x[0] == "debt_repayment" and (
            _MISSED.search(text, max(0, x[1] - 60), x[1]) or _NOT_DONE.search(text, max(0, x[1] - 25), x[1])
            or _DEFERRED_AFTER.match(text, x[2])))]
        # 'a credit line ... with final repayment on 31.12.2015', 'the repayment schedule': a loan's terms, no repayment
        matches = [x for x in matches if not (x[0] == "debt_repayment" and (
            _REPAYMENT_TERM_BEFORE.search(text, max(0, x[1] - 30), x[1]) or _REPAYMENT_TERM_AFTER.match(text, x[2])
            or _TO_BE.search(text, max(0, x[1] - 15), x[1]) and (_REPAID_IN_GOLD.match(text, x[2])
                                                                  or _REPAID_BY_DAY.match(text, x[2]))))]
        # 'will be used to refinance RUB 650 million of short-term loans': the object of a refinancing
        matches = [x for x in matches if not (x[0] in _LOANS and _REFINANCED.search(text, max(0, x[1] - 60), x[1]))]
        # 'Fondo Minero Andino S.A.C. subscribed for 3,125,000 units of the second tranche': a subscriber's part of the
        # placement just reported, which names a party of that placement and no placement of its own
        earlier = next((r for r in reversed(rows) if r.instrument_type in ("private_placement", "equity_offering")), None)
        if earlier is not None and [x[0] for x in matches] == ["private_placement"] and _PART_OF_PLACEMENT.search(text):
            earlier.parties += [p for p in _parties(text, doc, defined) if p not in earlier.parties]
            continue
        orgs = [(m.start(), m.end()) for m in ISSUER_RE.finditer(text)]
        matches = [x for x in matches if not any(a <= x[1] < b for a, b in orgs)]
        # 'compensation options to purchase 600,000 common shares': options attached to a placement are warrants
        matches = [x for x in matches if not (x[0] == "stock_options" and any(
            y[0] == "warrants" and y[1] < x[2] and x[1] < y[2] for y in matches))]
        # a generic loan word inside a more specific instrument's words is that instrument; of two that overlap
        # ('convertible loan agreement', 'bridge loan facility') the more specific
        matches = [x for x in matches if not any(
            y is not x and y[1] <= x[1] and x[2] <= y[2] and (y[2] - y[1]) > (x[2] - x[1]) for y in matches)]
        matches = [x for x in matches if not any(
            y is not x and y[1] < x[2] and x[1] < y[2] and _SPECIFICITY[y[0]] < _SPECIFICITY[x[0]]
            and not {x[0], y[0]} & _ACTIONS for y in matches)]
        if (loan_words := _note_loan_words(text, unit.text, matches)) is not None:
            matches = [("promissory_note", a, b) if t == "secured_loan" and loan_words.fullmatch(text, a, b) else (t, a, b)
                       for t, a, b in matches]
        if last_loan_row is not None and last_loan_row[1].instrument_type == "promissory_note" and \
                not any(r.instrument_type == "secured_loan" for r in rows):
            # 'Carbis Bay has also agreed to extend the repayment date of the remaining £450,000 of the loan': the
            # unsecured loan the release told of, referred to by the bare word (and by a label of its terms: '3. Loan
            # amount: RMB300,000,000')
            matches = [("promissory_note", a, b) if t == "secured_loan" and _BARE_LOAN.fullmatch(text, a, b) and (
                _THE_BEFORE.search(text, max(0, a - 12), a) or _TERM_LABEL_AFTER.match(text, b)) else (t, a, b)
                for t, a, b in matches]
        if _CONVERSION_NOTICE.search(text):
            # 'the Company received a conversion notice ... in respect of Convertible Bonds in the principal amount of
            # HK$24,000,000': the bonds are converted, a debt settled in shares
            matches = [("debt_settlement", a, b) if t == "convertible_debenture" else (t, a, b) for t, a, b in matches]
            matches = [x for i, x in enumerate(matches) if x[0] != "debt_settlement" or all(
                y[0] != "debt_settlement" for y in matches[:i])]
        if _FACILITY_TRANCHE.search(text) or unit.kind == "list_item" and _FACILITY_LEAD.search(_lead_in(doc, sent.unit)):
            # 'comprising an A$100 million term loan and an A$50 million revolving facility', 'a $400 million
            # delayed-draw term loan', 'The Project Facility comprises: - a $110 million senior term loan': term
            # loans that are tranches of a bank facility
            matches = [("credit_facility", a, b) if t == "secured_loan" and re.search(r"\bterm\s+loan", text[a:b + 12], re.I)
                       else (t, a, b) for t, a, b in matches]
        if (drawn := _DRAWN_UNDER.search(text)) and not _REPAID_FROM.search(text, max(0, drawn.start() - 40), drawn.start() + 12):
            # 'made its third drawdown under the senior tranche of the project loan', 'the first disbursement of USD
            # 45,000,000 under the Syndicated Loan': a loan drawn in parts is a facility (a gold loan stays a loan)
            matches = [("credit_facility", a, b) if t == "secured_loan" and not _GOLD_LOAN.search(text, max(0, a - 20), b + 10)
                       else (t, a, b) for t, a, b in matches]
        types = {t for t, _, _ in matches}
        for t, _, _ in matches:
            if t in _LOANS:
                last_loan_type = last_tranched_type = t
            if t in ("private_placement", "equity_offering"):
                last_equity_type = last_tranched_type = t
        # an action on a loan (transfer, repayment, settlement) names the loan as its object
        if types & _ACTIONS:
            # (not a loan in another ';' clause: 'Term loan repaid in full; revolving credit facility increased to
            # US$300 million')
            segment = [text.count(";", 0, x[1]) for x in matches]
            action_segments = {g for x, g in zip(matches, segment, strict=True) if x[0] in _ACTIONS}
            # (nor a loan the sentence issues before it turns to the action: 'closed a $60 million offering of
            # convertible senior notes and repaid the ING term facility')
            first_action = next(x for x in matches if x[0] in _ACTIONS)
            matches = [x for x, g in zip(matches, segment, strict=True) if x[0] in _ACTIONS or x[0] not in _LOANS
                       or g not in action_segments or x[0] == "promissory_note" and "promissory_note" not in types
                       or x[2] <= first_action[1] and _ISSUED_BEFORE.search(text, max(0, x[1] - 80), x[1])
                       and _AND_THEN_ACTION.search(text, x[2], first_action[1])]
        if not matches and _IN_DEFAULT.search(text) and any(not _PER_SHARE.match(text[m.end:m.end + 25]) for m in moneys):
            matches = [(last_loan_type or "secured_loan", _IN_DEFAULT.search(text).start(), _IN_DEFAULT.search(text).end())]
        # 'Placees will receive one warrant for every two Placing Shares ... 24,000,000 warrants': the
        # placement words only refer back; without an amount of its own the sentence is about the warrants
        if "warrants" in types and types & {"private_placement", "equity_offering"} and not any(
                not _PER_SHARE.match(text[m.end:m.end + 30]) and not _PRICE_BEFORE.search(text[max(0, m.start - 60):m.start])
                for m in moneys):
            matches = [x for x in matches if x[0] not in ("private_placement", "equity_offering")]
        # 'warrants' inside a unit description of a placement/offering are part of that row
        if "warrants" in [t for t, _, _ in matches] and {t for t, _, _ in matches} & {"private_placement", "equity_offering"} and \
                not re.search(r"\b(?:issued|granted)\s+(?:to\s+\S+(?:\s+\S+){0,4}\s+)?[\d,.]+\s+(?:\w+\s+)?warrants", text, re.I):
            matches = [x for x in matches if x[0] != "warrants"]
        # a debt security sold by bought deal or placement is one row: the security
        if types & {"convertible_debenture", "promissory_note"}:
            matches = [x for x in matches if x[0] not in ("equity_offering", "private_placement")]
        # a tranche or deposit sentence continues the instrument the release is about
        # ('Tranche A of R95 million, ...' under an equipment finance facility: the facility's tranche)
        tranche_word = re.search(r"\btranche\b", text, re.I)
        if _BONDS.search(text):
            # (the bonds' security may be told in the paragraph after: 'The bonds are secured by a first-ranking
            # mortgage ...')
            nxt_unit = doc.seg.units[sent.unit + 1].text if sent.unit + 1 < len(doc.seg.units) else ""
            bond_type = _bond_kind(unit.text + " " + nxt_unit)
            if not re.search(r"\b(?:shares|units)\b", text, re.I):
                # 'the placement of the First Issue under the "Primer Programa de Bonos Corporativos"': bonds placed
                matches = [(bond_type, a, b) if t in ("private_placement", "equity_offering") else (t, a, b)
                           for t, a, b in matches]
        placed = _BONDS_PLACED.search(text) if not matches and bond_type else None
        if placed:
            # 'On September 14, 2017, MAA placed UF 1,800,000 of Series A bonds, which bear interest at 3.40% ...'
            matches = [(bond_type, placed.start("bonds"), placed.end("bonds"))]
        elif not matches and bond_type and unit.kind == "list_item" and _SERIES_ITEM.match(text):
            # 'The First Issue was placed in two series, both settled on 4 August 2016: a) Series A: USD 35,000,000,
            # at an annual interest rate of 7.125% ...': each series of the bonds is a row
            matches = [(bond_type, 0, 0)]
            series_row = True
        elif matches and {t for t, _, _ in matches} == {"warrants"} and last_equity_type and (
                units_raising := _UNITS_RAISING.search(text)) and units_raising.start() < matches[0][1] and not \
                _RUNNING_TOTAL.search(text, 0, units_raising.end()):
            # 'In the second tranche the Company issued 3,750,000 brokered Units for gross proceeds of $1,500,000 ...,
            # together with a total of 2,500,000 Warrants': the units of the offer the release is about, and their
            # warrants
            matches = [(last_equity_type, 0, 0), *matches]
        elif not matches and last_equity_type and _SHARES_RAISING.search(text) and not _RUNNING_TOTAL.search(text):
            # 'twenty million new shares at NZ 12 cents per share, raising NZ$2.4 million, were allotted today': the
            # shares of the offer the release is about
            matches = [(last_equity_type, 0, 0)]
        elif not matches and last_tranched_type and (tranche_word or re.search(r"\bunits\b", text, re.I)) and \
                not _RUNNING_TOTAL.search(text) and not _PROCEEDS_OF.search(text) and any(
                not _PER_SHARE.match(text[m.end:m.end + 25]) for m in moneys):
            # (a tranche drawn is the loan's, whatever was placed since: 'The first tranche of US$8.0 million was drawn
            # on 6 April 2018' after the placing that followed the facility)
            drawn = tranche_word and last_loan_type and _TRANCHE_DRAWN.search(text)
            matches = [(last_loan_type if drawn else tranche_type or last_tranched_type if tranche_word else
                        last_equity_type, 0, 0)]
            matches = [x for x in matches if x[0]]
        elif matches and "tranche" in low:
            # 'A$25 million of convertible notes in two tranches'
            tranche_type = next((t for t, _, _ in matches if t not in _NO_PRINCIPAL),
                                tranche_type)
        # the facility drawn on: the one the sentence names by its defined term ('under the Revolver'), else the
        # latest of the type it names, else the latest loan
        named_types = {t for t, _, _ in matches}
        facility = next((r for r in reversed(rows) if r.instrument_type in _LOANS and r.term
                         and re.search(rf"\b{re.escape(r.term)}\b", text)), None) or next(
            (r for r in reversed(rows) if r.instrument_type in ((named_types & _LOANS) or _LOANS)), None)
        drawn = _drawing(text, moneys) if facility is not None and ("draw" in low or "drew" in low) else None
        if facility is not None and drawn is not None and named_types <= _LOANS | _ACTIONS and (
                facility.amount is None or abs(drawn.amount - facility.amount.amount) > 1e-6):
            # 'A first drawdown of R120 million under the Facility was made on 12 November 2010': a drawing on the
            # facility the release announced is a row of its own
            rows.append(_drawing_row(facility, drawn, text, context_status, sent))
            if not named_types & _ACTIONS:
                continue
            # ('drew $300 million under the Facility and ... repaid in full its $400 million term loan': the
            # repayment is read from the rest of the sentence)
            others = [m for m in moneys if m is not drawn and m.amount >= 1000]
            if others:      # ('... used it to repay in full its term loan': the drawing's sum is the repayment's)
                moneys = [m for m in moneys if m is not drawn]
            matches = [x for x in matches if x[0] in _ACTIONS]
        known_types = {r.instrument_type for r in rows}
        if any(r.instrument_type in _LOANS for r in rows):
            known_types.add("secured_loan")
        # ('15,000,000 options on the same terms as the attaching options': new options, like the ones referred to)
        definite = [x for x in matches if x[0] in known_types and not _SAME_TERMS.search(
            text, max(0, x[1] - 40), x[1]) and (re.search(
            r"\b(?:the|such|these|each|this|said)\s+(?:(?!an?\s)\w+\s+){0,2}$", text[max(0, x[1] - 30):x[1]], re.I)
            or any(text.startswith(term, x[1]) or text[max(0, x[1] - 20):x[2]].endswith(term) for term in defined_terms
                   if term[:1].isupper()))]    # 'subscribed for 30,000,000 Placing Shares': a defined term
        if definite and len(definite) < len(matches):
            # 'In connection with the Placing, ... warrants'; 'The Credit Facilities consist of an $800 million
            # revolving credit facility ...': the reference is no instrument of its own
            matches = [x for x in matches if x not in definite]
            definite = []
        # one row per instrument type, unless a later mention has an amount of its own written just before it ('an
        # $800 million revolving credit facility ... and a $400 million term loan facility')
        # 'The Company has issued two unsecured promissory notes ... The first note, for $200,000, was issued on June
        # 12, 2015, and the second note, for $150,000, was issued on July 2, 2015': each part a row of that instrument
        parts_of = next((t for t in ("promissory_note", "convertible_debenture", "secured_loan") if t in seen_without_row
                         or any(r.instrument_type == t for r in rows)), None) if not matches else None
        ordinal_parts = [(parts_of, o.start(), o.end()) for o in _ORDINAL_PART.finditer(text)] if parts_of else []
        if len(ordinal_parts) >= 1 and len([m for m in moneys if not _PER_SHARE.match(text[m.end:m.end + 25])]) >= len(
                ordinal_parts):
            matches = ordinal_parts
        firsts_by_type: dict[str, tuple] = {}
        extra = [x for x in matches if x in ordinal_parts[1:]]
        for x in matches:
            if x in extra:
                continue
            if x[0] not in firsts_by_type:
                firsts_by_type[x[0]] = x
            elif _own_amount_start(text, moneys, x[1]) < x[1] and _own_amount_start(
                    text, moneys, firsts_by_type[x[0]][1]) < firsts_by_type[x[0]][1]:
                extra.append(x)
        matches = sorted([*firsts_by_type.values(), *extra], key=lambda x: x[1])
        # a royalty retained on a sale or argued over in court, and options or warrants only counted as outstanding,
        # are no new instrument
        if _NOT_A_ROYALTY_FINANCING.search(text):
            matches = [x for x in matches if x[0] != "royalty_stream"]
        # ('... are in default, and the Banks have agreed not to demand repayment ... until 31 January 1998'): a
        # repayment forborne is none
        matches = [x for x in matches if not (x[0] == "debt_repayment" and _FORBORNE.search(text, max(0, x[1] - 40), x[1]))]
        if (_OUTSTANDING.search(text) and not _NEWLY.search(text) or _ISSUED_EARLIER.search(text) or _LAPSED.search(text)
                or _OPTIONS_TOTAL.search(text)) and not _REPRICED.search(text) and not exercised_for_proceeds:
            matches = [x for x in matches if x[0] not in ("stock_options", "warrants")]
        # 'The $600,000 flow-through financing completed in December 2013 was fully spent on the 2014 winter drill
        # program': how earlier money was spent, no financing
        past = _IN_A_PAST_YEAR.search(text)
        if _SPENT.search(text) or _FUNDED_BY_EARLIER.search(text) or past and doc.release_date and int(
                past.group("y")) < doc.release_date.year:
            # ('In 2022 the Company raised GBP14.2 million in a placing to fund the Definitive Feasibility Study',
            # 'The Company's placing of November 2004, which raised £1.1 million, funded the first phase of drilling'):
            # an earlier raising told as history
            matches = [x for x in matches if x[0] not in ("private_placement", "equity_offering")]
        # 'The balance of the loan, $3.0 million, is repayable in four equal semi-annual instalments': the schedule of
        # a loan already told, no new one
        if _BALANCE_REPAYABLE.match(text):
            matches = [x for x in matches if x[0] not in _LOANS]
        # 'The $1,500,000 non-brokered private placement announced on May 14, 2013 has been terminated', 'it has
        # terminated the non-brokered private placement of up to 8,000,000 units': a financing that will not happen
        if _CALLED_OFF.search(text):
            matches = [x for x in matches if x[0] in ("debt_repayment", "debt_settlement")]     # (not a loan repaid)
        # 'construction financing ..., which could include a senior secured project loan of approximately US$150
        # million': a possibility, no financing
        matches = [x for x in matches if not _HYPOTHETICAL.search(text, max(0, x[1] - 60), x[1])]
        # 'Following the conversion and the redemption, US$17,500,000 principal amount of Bonds will remain
        # outstanding', 'After the repayment the outstanding debt under the credit line is KZT 13,500 million': the
        # action opening the sentence is the one just told; what follows is a balance. A repayment 'not made' is none.
        opener = _AFTER_THE_ACTION.match(text)
        matches = [x for x in matches if not (x[0] in _ACTIONS and (
            opener and x[1] < opener.end() or x[0] == "debt_repayment" and _NOT_PAID.search(text)))]
        if _STILL_UNDRAWN.search(text) and not re.search(r"\b(?:entered|signed|closed|completed|established|arranged|"
                                                         r"secured|obtained|increased|amended|extended)\b", text, re.I):
            # 'The US$50 million revolving credit facility remains undrawn': a facility the release only mentions
            matches = [x for x in matches if x[0] not in _LOANS]
        # a sale of a royalty the issuer holds is a disposition, and buying royalties an acquisition, not a financing
        # ('a 1.5% NSR royalty on a development project ..., purchased for U.S. $12.0 million', 'Kestrel's previous
        # royalty acquisition')
        matches = [x for x in matches if not (x[0] == "royalty_stream" and (re.search(
            r"(?:sale|sold|dispos\w+|divest\w*)\s+(?:of\s+)?its\s+(?:\S+\s+){0,6}$|"
            r"acqui\w+\s+(?:of\s+)?(?:a|an|the|its)?\s*(?:portfolio\s+of\s+)?(?:\S+\s+){0,6}$",
            text[max(0, x[1] - 80):x[1]], re.I) or _ROYALTY_BOUGHT.search(text)))]
        definite = [x for x in definite if x in matches]
        gross = _GROSS_PROCEEDS_OF_THE.search(text)
        owner = next((r for r in reversed(rows) if r.instrument_type in ("private_placement", "equity_offering")),
                     None) if gross else None
        if owner is not None and owner.amount is None and (
                raised := next((m for m in moneys if 0 <= m.start - gross.end() <= 40), None)) is not None and not \
                _MAXIMUM_BEFORE.search(text, max(0, raised.start - 80), raised.start):
            # 'The gross proceeds from the Placing are approximately HK$57.6 million and the net proceeds ... are
            # approximately HK$56.4 million': what the placement just told raised, no second placement
            owner.amount = raised
            continue
        if matches and rows and definite and len(definite) == len(matches):
            # 'The Debentures will bear interest ...': terms of an instrument already announced
            wanted = {x[0] for x in matches}
            if "secured_loan" in wanted and all(text[x[1]:x[2]].lower().rstrip("s") == "loan" for x in matches):
                wanted |= _LOANS        # 'the loan' refers to the latest loan of any kind
            row = next((r for r in reversed(rows) if r.instrument_type in wanted), None)
            # ('a standby commitment to subscribe for any shortfall under the Entitlement Offer to a maximum of A$1.5
            # million': a bound on a party's part, no new amount)
            new_amount = next((m for m in moneys if not _PER_SHARE.match(text[m.end:m.end + 30])
                               and not re.search(r"(?:per|each)\s+$", text[max(0, m.start - 10):m.start])
                               and not _AMOUNT_BOUND.search(text, max(0, m.start - 30), m.start)), None)
            if row is not None and (new_amount is None or (row.amount and abs(new_amount.amount - row.amount.amount) < 1e-6)):
                _update_from_reference(row, text, doc, sent.start)
                if row.instrument_type in _LOANS:
                    # ('The Bridge Loan was advanced in full on November 18, 2009. It bears interest at 12% per annum
                    # ...'): the paragraph goes on about the loan it named
                    last_loan_row = (sent.unit, row)
                continue
        if not matches and (cp := _CONVERSION_PRICE_IS.search(text)) and not any(
                re.search(rf"\b{re.escape(t)}\b", low) for t in terms):
            # 'The initial conversion price is approximately US$12.40 per common share': the price of the convertible
            # just told
            row = next((r for r in reversed(rows) if r.instrument_type in ("convertible_debenture", "exchangeable_loan")), None)
            money = next((m for m in find_money(text) if m.start >= cp.end() and m.start - cp.end() <= 40), None)
            if row is not None and row.price is None and money is not None:
                row.price = money
                continue
        if not matches and last_loan_row is not None and last_loan_row[0] == sent.unit and (
                _RATE_RE.search(text) or _ZERO_RATE.search(text) or _FLOATING.search(text)
                or _MATURES.search(text) or terms_unit == sent.unit and _FULL_CONVERSION.search(text)) and not any(
                not _PER_SHARE.match(text[m.end:m.end + 25]) for m in moneys):
            # 'Amounts drawn bear interest at a fixed rate of 6.25% per annum': the terms of the loan just announced
            _update_from_reference(last_loan_row[1], text, doc)
            continue
        if not matches and rows and not any(not _PER_SHARE.match(text[m.end:m.end + 25]) for m in moneys):
            # 'The notes mature on June 30, 2020 and were purchased by ...': the terms of an instrument already named
            ref = _BARE_REFERENCE.match(text)
            if ref:
                wanted = next(v for k, v in _REFERENCE_TYPES.items() if ref.group("head").lower().startswith(k))
                row = next((r for r in reversed(rows) if r.instrument_type in wanted), None)
                if row is not None:
                    _update_from_reference(row, text, doc, sent.start)
                    continue
        if not matches:
            # a sentence that only refers to a defined term adds terms to its row
            for term, row in terms.items():
                if re.search(rf"\b{re.escape(row.term or term)}\b", text) or term != (row.term or "").lower() and re.search(
                        rf"\b{re.escape(term)}\b", text, re.I):
                    _update_from_reference(row, text, doc, sent.start)
                    if row in unsized and (row.amount is not None or row.share_count is not None):
                        unsized.remove(row)     # ('The Offer will comprise 70,114,583 new shares and will raise ...')
                        row.end = sent.end
                        rows.append(row)
            if "royalty_stream" in seen_without_row | {r.instrument_type for r in rows} and re.search(
                    r"\b(?:upfront|up-front|deposit|advance\s+payment)\b", text, re.I):
                stream = next((r for r in reversed(rows) if r.instrument_type == "royalty_stream" and r.amount is None), None)
                # (not the price paid per ounce delivered: 'ongoing payments of US$400 per ounce delivered')
                money = next((m for m in moneys if not _PER_SHARE.match(text[m.end:m.end + 25]) and not re.match(
                    r"\s*(?:per\s+(?:troy\s+)?ounce|/\s*oz\b)", text[m.end:m.end + 25], re.I)), None)
                if money is not None and stream is not None:
                    stream.amount = money
                elif money is not None and "royalty_stream" in seen_without_row:
                    rows.append(_Row("royalty_stream", _status(text, context_status), money, None,
                                     _maturity(text, 0, len(text)), None, None, stream_parties or _parties(text, doc, defined),
                                     sent.start, sent.end))
                    seen_without_row.discard("royalty_stream")
            facility = next((r for r in reversed(rows) if r.instrument_type in _LOANS_WORDS), None) if (
                "drew" in low or "drawdown" in low) else None
            drawn = _drawing(text, moneys) if facility is not None and _UNDER_IT.search(text) else None
            if drawn is not None and (facility.amount is None or abs(drawn.amount - facility.amount.amount) > 1e-6):
                # 'On 04.03.2010 OOO Ulgen Zoloto drew RUB 600 million under the increased limit': a drawing on the
                # facility the release is about, named by none of its words
                rows.append(_drawing_row(facility, drawn, text, context_status, sent))
                continue
            financed = _AMOUNT_FINANCED.search(text) if pending_loan and pending_loan[3] == sent.unit else None
            money = next((m for m in moneys if m.start >= financed.end() - 1 and not _PER_SHARE.match(text[m.end:m.end + 25])),
                         None) if financed else None
            if money is not None:
                # 'The Company has entered into a hire purchase agreement with Swanvale Equipment Finance Pty Ltd for a
                # new excavator. The amount financed is $1,260,000, repayable ... at a fixed interest rate of 8.4%'
                itype, status, parties, _ = pending_loan
                rows.append(_Row(itype, status, money, _fixed_rate(text, 0, len(text)), _maturity(text, money.end, len(text)),
                                 None, None, parties, sent.start, sent.end))
                pending_loan = None
            continue
        firsts = matches       # already one per instrument type (its first mention), in order
        # '3,200,000 flow-through units ... for gross proceeds of $1,440,000, and 2,600,000 hard-dollar units ... for
        # gross proceeds of $1,040,000': two placements, one row each
        for t, s0, _ in list(firsts):
            if t in ("private_placement", "equity_offering"):
                cuts = [m.end() for m in _TRANCHE_SPLIT.finditer(text, s0)]
                bounds = [s0, *cuts, len(text)]
                gross = [any(a <= m.start < b and not _PER_SHARE.match(text[m.end:m.end + 30])
                             and not _PRICE_BEFORE.search(text[max(0, m.start - 60):m.start]) for m in moneys)
                         for a, b in zip(bounds, bounds[1:], strict=False)]
                if cuts and all(gross):
                    firsts = sorted([*firsts, *((t, c, c) for c in cuts)], key=lambda x: x[1])
        # 'comprising a US$60 million senior secured term loan and a US$40 million gold stream': an amount just
        # before an instrument's words is that instrument's, so the one before it ends where that amount starts
        firsts = [(t, _own_amount_start(text, moneys, s0), e0) if i and s0 < e0 else (t, s0, e0)
                  for i, (t, s0, e0) in enumerate(firsts)]
        status = _status(text, context_status)
        for i, (itype, s, e) in enumerate(firsts):
            lo = 0 if i == 0 else s         # the first instrument owns the sentence's opening words
            if i and itype in ("warrants", "stock_options"):
                # ('..., together with a total of 2,500,000 Warrants expiring July 8, 2013': the count before them)
                lo = next((m.start() for m in _SHARES_RE.finditer(text, max(firsts[i - 1][1], s - 60), e) if m.end() == e), lo)
            hi = firsts[i + 1][1] if i + 1 < len(firsts) else len(text)
            amount = price = None
            bounded = False
            for money in moneys:
                if not (lo <= money.start < hi):
                    continue
                if _AMOUNT_BOUND.search(text, max(0, money.start - 30), money.start) or _MAXIMUM_BEFORE.search(
                        text, max(0, money.start - 100), money.start):
                    bounded = True      # 'convertible notes to raise up to A$3 million': a ceiling, not an amount
                    continue
                if itype != "debt_repayment" and _MISSED.search(text, max(0, money.start - 60), money.start):
                    continue            # 'did not make the $3.75 million scheduled principal instalment': a payment's
                if itype in _ACTIONS and text.count(";", 0, money.start) != text.count(";", 0, s):
                    continue            # '$300 million of notes issued; 8.25% notes due 2017 redeemed': another clause's
                tail = text[money.end: money.end + 30]
                head = text[max(0, money.start - 60): money.start]
                if _PER_SECURITY.match(tail) and not _PRICE_BEFORE.search(head) and not (
                        itype in ("warrants", "stock_options") and re.search(r"\bat\s+$", head)):
                    continue            # a denomination ('C$1,000 per Debenture'), not an amount or share price
                    #                     (but 'at an exercise price of $0.30 each' and 'placed 6,750,000 ordinary
                    #                     shares at 31 cents each' are prices)
                repriced = "repric" in low or "amend" in low
                if itype in ("warrants", "stock_options") and exercised_for_proceeds and _PROCEEDS_CUE.search(head):
                    amount = money      # what the exercise raised
                    continue
                if itype in ("warrants", "stock_options") and not (
                        _PER_SHARE.match(tail) or _PRICE_BEFORE.search(head) or re.search(r"\bat\s+$", head)
                        or repriced and re.search(r"\b(?:from|to)\s+$", head)):
                    continue            # a fee paid alongside, not the exercise price
                if _PER_SHARE.match(tail) or _PRICE_BEFORE.search(head) or itype in ("warrants", "stock_options"):
                    if price is None or re.search(r"\bto\s+$", head):
                        price = money
                    continue
                if re.search(r"per\s+ounce|/oz", tail, re.I) or re.search(r"(?:per|each|every)\s+$", head) or \
                        _GOLD_PRICE_BEFORE.search(head):
                    continue            # (and 'if gold stays above $1,900': a gold price)
                if money.amount < 1000:
                    continue            # a share price or threshold ('exceeds U.S. $2.78 for 20 days'), no principal
                if re.search(r"\bunderwrit(?:e|ten|ing)\s+(?:up\s+to\s+|the\s+first\s+)?$", head):
                    continue            # 'has undertaken to underwrite R50 million of the rights offer': a part, no offer
                if _BALANCE_LEFT.search(text, max(0, money.start - 40), money.start):
                    continue            # '..., leaving A$3.5 million of those notes outstanding': what is left, no payment
                if _FROM_BEFORE.search(text, max(0, money.start - 12), money.start) and _TO_MONEY.match(text, money.end):
                    continue            # 'increase the commitment from US$30 million to US$50 million': the new size
                if _REDUCED_FROM.search(text, max(0, money.start - 80), money.start) or _FROM_BEFORE.search(
                        text, max(0, money.start - 12), money.start) and _TO_NIL.match(text, money.end):
                    continue            # 'Term loan reduced from $175 million to nil', 'the outstanding principal ...
                    #                     will be reduced from HK$80,000,000 to HK$24,000,000': balances, no principal
                if _PACKAGE_AFTER.match(text, money.end):
                    continue            # 'a A$4.2 million financing package comprising convertible notes and a share
                    #                     placement': the package's total, which its parts make
                if amount is None or abs(money.start - s) < abs(amount.start - s):
                    amount = money       # the amount nearest the instrument's own words
            if itype == "debt_repayment" and amount is not None:
                paid = _repaid_sum(text, amount, [m for m in moneys if lo <= m.start < hi])
                if paid is not None:
                    amount = paid
            if itype in _LOANS:
                # 'drew the remaining US$8.0 million available under its US$30.0 million facility': the row is
                # the drawing, not the facility it draws on
                drawn = _drawing(text, [m for m in moneys if lo <= m.start < hi])
                if drawn is not None:
                    amount = drawn
            shares = _share_count(text, lo, hi)
            attaching = _ATTACHING.search(text)
            terms_only = itype == "warrants" and price is not None and attaching is not None and price.start > attaching.end()
            # ('On December 31, 2002 the Company delivered 4,000 ounces of gold to Cochrane Bullion Bank in repayment of
            # the final instalment of its gold loan': a repayment in gold, dated, with no sum of money)
            in_gold = itype == "debt_repayment" and bool(_GOLD_DELIVERED_IN_REPAYMENT.search(text)) and bool(
                _SENTENCE_OPENING_ON.match(text) or _OPENS_WITH_PERIOD.match(text) or re.search(r"\bdelivered\s+on\s+\S", text))
            # ('a non-brokered private placement of up to 15,000,000 units at a price of $0.10 per unit': a ceiling on
            # its count, but a placement)
            bounded_count = _UP_TO_UNITS.search(text, lo, hi) is not None
            # ('On 12 May 1998 the Company drew down a gold loan of 12,000 ounces from ...': a loan drawn in gold)
            in_gold = in_gold or itype == "secured_loan" and bool(_GOLD_DRAWN.search(text))
            if amount is None and shares is None and not terms_only and not in_gold and not ((bounded or bounded_count) and (
                    price is not None or itype in _LOANS or itype in ("equity_offering", "private_placement"))):
                seen_without_row.add(itype)
                tm = DEFINED_TERM.search(text, e, min(hi, e + 200)) if price is not None and itype in (
                    "equity_offering", "private_placement") else None
                if tm and tm.group("term").lower() not in terms:
                    # 'an entitlement offer of one new share for every three shares held at an issue price of 6 cents
                    # per new share (the "Offer")': the offer's row waits for the sentence that sizes it
                    ghost = _Row(itype, _clause_status(text, s, context_status) or _status(text, context_status), None,
                                 None, None, None, price, _parties(text, doc, defined), sent.start, sent.end,
                                 term=tm.group("term"))
                    terms[ghost.term.lower()] = ghost
                    unsized.append(ghost)
                if itype == "royalty_stream":
                    stream_parties = _parties(text, doc, defined)
                if itype in _LOANS_WORDS:
                    pending_loan = (itype, _status(text, context_status), _parties(text, doc, defined), sent.unit)
                continue
            if itype in ("warrants", "stock_options") and shares is None and not terms_only:
                continue        # ('one free attaching option for every two shares, exercisable at $0.10 ...': the
                #                  terms of the warrants a placement carries are a row, without a count)
            interest = None
            if _ZERO_RATE.search(text):
                interest = 0.0
            else:
                interest = _fixed_rate(text, lo, hi)
                if interest is None and not _FLOATING.search(text, lo, hi):
                    interest = _fixed_rate(text, 0, len(text))
            if itype in _EQUITY_RAISES and amount is not None and _IN_A_TRANCHE.match(text, amount.end) and \
                    re.search(r"\bsubscrib\w*\s+(?:for\s+)?$", text[max(0, amount.start - 30):amount.start], re.I):
                continue    # 'Directors to subscribe for A$250,000 in Tranche 2': a part of a tranche the release tells
            row = _Row(
                # (ounces delivered into a gold loan are paid: 'During the year the Company delivered 9,000 ounces into
                # its gold loan')
                instrument_type=itype, status="closed" if in_gold and itype == "debt_repayment" and re.search(
                    r"\bdelivered\b", text) else _clause_status(text, s, context_status) or status, amount=amount,
                interest=interest,
                # (a placement or offering has no maturity: 'the general meeting held on 30 June 2014')
                maturity=None if itype in ("private_placement", "equity_offering") else _maturity(
                    text, lo, hi, itype in _ACTIONS),
                share_count=shares if itype not in _LOANS | {"debt_repayment", "debt_transfer"} or (
                    itype == "convertible_debenture" and re.search(r"\bconverted\b", text, re.I)) else None,
                price=price, parties=_parties(text, doc, defined), start=sent.start, end=sent.end, in_gold=in_gold,
            )
            if itype in _LOANS and _STILL_OUTSTANDING.search(text, lo, hi) and status != "closed" and not _NEW_DEBT_VERB.search(text) and \
                    not _AMENDED.search(unit.text):
                continue        # 'C$3,100,000 principal amount of the debentures remains outstanding': a balance
            opening = _OPENS_LONG_AGO.match(text)
            if opening and itype in _LOANS and doc.release_date and doc.release_date.year - int(opening.group("y")) >= 2:
                continue        # 'In March 2019 the Company entered into a US$35 million project finance facility' (2022)
            closed_in = _CLOSED_IN_MONTH.search(text) if itype in _HISTORY_TYPES | _LOANS else None
            if closed_in and doc.release_date and (doc.release_date - date(
                    int(closed_in.group("y")), month_number(closed_in.group("m")), 28)).days > 45:
                continue        # 'Its most recent financing, a $2.5 million flow-through private placement, closed in
                #                 December 2024' (June 2025): a financing told by its month, months before, is history
            if (itype in _HISTORY_TYPES or _STILL_OUTSTANDING.search(text, lo, hi) or _ISSUED_LONG_AGO.search(text, lo, hi)) \
                    and status == "closed" and \
                    _historic(text, doc.release_date, amount.start if amount is not None else None):
                # ('the NZ$6.5 million of 8% convertible notes issued in 2019 remain on issue': a standing debt)
                continue        # 'In 2010, the Corporation raised $3.1 million ...': background, not this release's news
            if itype == "debt_repayment" and _INTENDED_USE.search(text):
                row.status = "announced"    # 'intends to use US$120 million of the net proceeds to repay the amount drawn'
            if series_row and series_status:
                row.status = series_status
            elif unit.kind == "list_item" and row.status == "announced" and _closed_lead_in(doc, sent.unit):
                row.status = "closed"       # 'The Company issued:' over a list of what it issued
            row.same_terms = bool(_SAME_TERMS.search(text, lo, hi))
            tm = DEFINED_TERM.match(text[amount.end: amount.end + 60].lstrip()) if amount is not None else None
            tm = tm or DEFINED_TERM.search(text, e, min(hi, e + 80))
            if tm:
                row.term = tm.group("term")
                terms[row.term.lower()] = row
                head = re.sub(r"\s+(?:Shares|Units)$", "", row.term)
                if head != row.term and head.lower() not in terms:
                    terms[head.lower()] = row   # ('the "Subscription Shares"', then 'the gross proceeds of the Subscription')
                # ('its offer of convertible notes (the "Offer") closed and ... 20,000,000 convertible notes (the
                # "Notes") were allotted': every name the sentence gives the instrument)
                for more in DEFINED_TERM.finditer(text, tm.end() if tm.end() > e else e, hi):
                    if more.group("term").lower() not in terms and re.search(
                            r"\b(?:notes?|debentures?|bonds?|loans?|facility|offer|placement|placing)\b",
                            text[max(e, more.start() - 60):more.start()], re.I):
                        terms[more.group("term").lower()] = row
            if itype in _LOANS and row.amount is not None and len(row.parties) > 1 and _EACH_LENT.search(text):
                # 'Harold Quenneville ... and Patricia Skene ... each advanced $75,000': a loan from each of them
                rows.extend(replace(row, parties=[p], lender_part=i) for i, p in enumerate(row.parties, 1))
                row = rows[-1]
            else:
                rows.append(row)
            if itype in _LOANS:
                last_loan_row = (sent.unit, row)
    for ghost in unsized:
        # ('its Share Purchase Plan ("SPP"), offered to eligible shareholders at 2.5c per share, closed ... The Company
        # received valid applications ... for 38,420,000 shares, raising $960,500'): the offer sized after it is priced
        later = next((r for r in rows if r.instrument_type == ghost.instrument_type and r.start > ghost.start), None)
        if later is not None and later.price is None:
            later.price = ghost.price
    rows += _table_rows(doc, rows)
    _lenders_share_terms(rows)
    _additional_units(doc, rows)     # (before the defined prices: an agent's option 'at the Offering Price' is more units)
    _defined_prices(doc, rows)
    _one_conversion_price(doc, rows)
    _respective_parts(doc, rows)
    _unit_warrants(doc, rows)
    _warrant_terms(doc, rows)
    _same_terms(rows)
    _parts_of_totals(doc, rows)
    _settlement_payments(doc, rows)
    _settlement_instalments(doc, rows, defined)
    _instalment_table(doc, rows, defined)
    _drop_totals(rows, doc)
    _proceeds_of_earlier_row(rows)
    _same_day(doc, rows)
    _today(doc, rows)
    _earlier_lenders(doc, rows, defined)
    _the_lender(doc, rows)
    return _finalize(rows, doc, defined, shown)


# the opening of a Hong Kong announcement that recalls an earlier one: what that one told is no news of this one
_EARLIER_ANNOUNCEMENT = re.compile(r"\W*(?:Reference\s+is\s+(?:also\s+)?made\s+to|We\s+refer\s+to)\s+(?:the|our)\s+"
                                   r"(?:\w+\s+){0,2}?announcements?\b", re.I)
# 'R60 million was drawn under the facility on 16 October 2006 and used on the same day to repay ...', 'On March 7,
# 2025, the Company closed ... On the same day, the Company used $6.2 million of the proceeds to repay in full ...'
_SAME_DAY = re.compile(r"\b(?:on\s+)?the\s+same\s+(?:day|date)\b", re.I)


def _same_day(doc, rows: list[_Row]) -> None:
    """A repayment made 'on the same day' is dated by the last day something was done 'on' before it: in its sentence,
    else in the three before it in its paragraph (or list item)."""
    sentences = doc.seg.sentences
    for r in rows:
        if r.instrument_type != "debt_repayment" or r.maturity is not None:
            continue
        idx = next((i for i, x in enumerate(sentences) if x.start == r.start), None)
        m = _SAME_DAY.search(sentences[idx].text) if idx is not None else None
        if m is None:
            continue
        unit = sentences[idx].unit
        # (or the item before it in a numbered list: '1. On 8 March 2016 the Company received ... 2. On the same date,
        # the Company used USD 4,300,000 of the Bridge Loan to prepay ...')
        first_unit = unit - 1 if doc.seg.units[unit].kind == "list_item" and unit and \
            doc.seg.units[unit - 1].kind == "list_item" else unit
        if unit and not sentences[idx].text[:m.start()].strip(" \t\n-*\u2022") and (
                idx == 0 or sentences[idx - 1].unit != unit):
            # (a paragraph that opens 'On the same day, $750,000 of the proceeds was used to repay ...': the day the
            # paragraph before it told)
            first_unit = min(first_unit, unit - 1)
        before = [(sentences[idx].text, m.start())] + [
            (x.text, len(x.text)) for x in reversed(sentences[max(0, idx - 3):idx]) if first_unit <= x.unit <= unit]
        for text, hi in before:
            days = [d for d in find_dates(text[:hi]) if re.search(r"\bon\s+$", text[max(0, d.start - 10):d.start], re.I)
                    and not _MATURITY_CUE.search(text[max(0, d.start - 40):d.start])]
            if days:
                r.maturity = days[-1].value
                break


# 'A$1,000,000 of the proceeds was applied today to repay in full the bridge loan', 'Earlier today, the Company used
# part of the first instalment to repay ...', 'The proceeds of the drawdown were applied yesterday to ... repay ...'
_TOLD_DAY = re.compile(r"\b(?P<w>(?:earlier\s+)?today|yesterday)\b", re.I)
_DONE_TODAY = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:applied|used|repaid|paid|redeemed|prepaid)\s+$|"
                         r"\b(?:repaid|paid|prepaid|redeemed)\s+[^.;]{0,80}$|^\W*$", re.I)


def _today(doc, rows: list[_Row]) -> None:
    """A repayment told as made 'today' or 'yesterday' is dated by the release's day (or the day before it)."""
    if doc.release_date is None:
        return
    text = doc.clean.text
    for r in rows:
        if r.instrument_type != "debt_repayment" or r.maturity is not None or r.status != "closed":
            continue
        m = _TOLD_DAY.search(text, r.start, r.end)
        if m and _DONE_TODAY.search(text[r.start:m.start()]):     # (or opening the sentence: 'Earlier today, ...')
            r.maturity = doc.release_date - timedelta(days=1 if m.group("w").lower() == "yesterday" else 0)


# a table of an issue's parts: '| Tranche 1 (Listing Rules 7.1 and 7.1A) | 80,000,000 | A$0.045 | A$3,600,000 |',
# 'A       USD      25,000,000       6.875%       7 años    16/10/2020' under 'Series  Currency  Amount  Rate ...'
_PART_LABEL = re.compile(r"^\s*(?:\|\s*)?(?:Tranche|Series|Serie|Class)\b|^\s*(?:\|\s*)?(?:[A-H]|[IVX]{1,3}|\d)\s{2,}|"
                         r"^\s*(?:\|\s*)?(?:[\w'-]+\s+){0,2}(?:Placement|Placing|Subscription|Offer)\b", re.I)
_TOTAL_LABEL = re.compile(r"^\s*(?:\|\s*)?(?:Total|Aggregate|Sub-?total)\b", re.I)
_COLUMN_KINDS = (("price", re.compile(r"price", re.I)), ("shares", re.compile(r"\b(?:shares|number|units|securities)\b", re.I)),
                 ("amount", re.compile(r"\b(?:amount|proceeds|raised|principal|size|funds|monto)\b", re.I)),
                 ("rate", re.compile(r"\b(?:rate|coupon|interest|tasa)\b", re.I)),
                 ("maturity", re.compile(r"\b(?:maturity|due|repayment|vencimiento|redemption)\b", re.I)))


_PARTY_COLUMN = re.compile(r"(?:Name\s+of\s+)?(?:Placees?|Subscribers?|Investors?|Allottees?)", re.I)
_HEAD_CURRENCY = re.compile(r"\(\s*((?:U\.S\.\s?|[A-Z]{0,3})\$|[A-Z]{3}|£|€)\s*\)")
_PACKAGE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?package\b", re.I)
_BONDS_PLACED = re.compile(r"\b(?:placed|issued|priced|sold)\s+(?:[^.;]|\.(?=\d)){0,40}?\bof\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?P<bonds>bonds|notes|debentures)\b", re.I)


def _bond_kind(text: str) -> str:
    """Bonds or notes the words around them call secured are a secured loan, others unsecured notes."""
    return "secured_loan" if re.search(r"(?<!un)secured\b", text, re.I) else "promissory_note"


def _table_cells(line: str) -> list[str]:
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return [c.strip() for c in re.split(r"\s{2,}", line.strip())]


def _row_start(unit, off: int) -> int:
    """Where a table's line starts in the clean text."""
    return unit.start + (off - unit.lines[0][0]) if off >= unit.lines[0][0] else unit.start


def _table_rows(doc, rows: list[_Row]) -> list[_Row]:
    """Rows of a table that lists the parts of an issue the release tells (tranches, series), one row each."""
    out: list[_Row] = []
    for u_index, unit in enumerate(doc.seg.units):
        if unit.kind != "table" or unit.section != "body" or not unit.lines:
            continue
        before = " ".join(u.text for u in doc.seg.units[max(0, u_index - 2):u_index])
        kind = None
        for t, rx, _words in _INSTRUMENT_RES:
            if t in ("private_placement", "equity_offering", "promissory_note", "secured_loan", "convertible_debenture") \
                    and rx.search(before):
                kind = t
                break
        if _BONDS.search(before):
            # (bonds the release says are secured, before or after their table)
            near = doc.clean.text[max(0, unit.start - 800):unit.end + 800]
            kind = _bond_kind(near)
        kind = kind or (
            "private_placement" if re.search(r"\b(?:placement|placing)\b", before, re.I) else None)
        if kind is None:
            out += _instrument_table(doc, unit, before)
            continue
        header: list[str] | None = None
        for off, line in unit.lines:
            cells = _table_cells(line)
            if header is None:
                if any(rx.search(c) for c in cells for _, rx in _COLUMN_KINDS) and not find_money(line):
                    header = cells
                continue
            # ('Placee  Placement Shares  Amount (S$)': a table of who takes the placement, a row for each of them)
            by_party = kind in ("private_placement", "equity_offering") and bool(header) and bool(
                _PARTY_COLUMN.fullmatch(header[0]))
            if re.fullmatch(r"[\s|:-]*", line) or _TOTAL_LABEL.match(line) or not (_PART_LABEL.match(line) or by_party):
                continue
            if len(cells) != len(header):
                continue
            amount = price = None
            shares = rate = maturity = None
            for head, cell in zip(header, cells, strict=True):
                col = next((k for k, rx in _COLUMN_KINDS if rx.search(head)), None)
                money = next(iter(find_money(cell)), None)
                if col == "price" and money is not None:
                    price = money
                elif col == "amount" and money is not None:
                    amount = money
                elif col == "amount" and money is None and re.fullmatch(r"[\d,.\s]+", cell):
                    currency_cell = next((c for h, c in zip(header, cells, strict=True) if re.search(r"currenc|moneda", h, re.I)),
                                         "")
                    if not currency_cell and (in_head := _HEAD_CURRENCY.search(head)):
                        currency_cell = in_head.group(1)     # ('Amount (S$)')
                    found = find_money(f"{currency_cell} {cell}") if currency_cell else []
                    amount = found[0] if found else None
                elif col == "shares" and re.fullmatch(r"[\d,\s]+", cell):
                    shares = int(re.sub(r"[,\s]", "", cell))
                elif col == "rate":
                    m = re.search(r"(\d+(?:[.,]\d+)?)\s*" + _PCT + r"", cell)
                    rate = float(m.group(1).replace(",", ".")) if m else None
                elif col == "maturity":
                    found = find_dates(cell)
                    maturity = found[0].value if found else None
            if amount is None and shares is None:
                continue
            start = _row_start(unit, off)
            lead = doc.clean.text[max(0, unit.start - 400):unit.start]
            # (done when the words before the table say so, unless the row itself is still to come)
            done = bool(_CLOSED.search(lead) or _DONE.search(lead) or re.search(r"\b(?:settled|placed)\b", lead))
            status = "closed" if done and not re.search(r"\b(?:will|subject\s+to)\b", line, re.I) else "announced"
            parties = [re.sub(rf"^{HONORIFIC}", "", cells[0])] if by_party else []
            if by_party and price is None:
                # ('... 42,000,000 new ordinary shares ... at S$0.06 per Placement Share ..., as follows:'): the price
                # the lines before the table give every placee
                price = next((m for m in find_money(before) if _PER_SHARE.match(before[m.end:m.end + 30])), None)
            out.append(_Row(kind, status, amount, rate, maturity if kind not in ("private_placement", "equity_offering") else None,
                            shares, price, parties, start, start + len(line.rstrip()), from_table=True))
    # (a part the prose already gives is that row)
    return [r for r in out if not any(o.instrument_type == r.instrument_type and o.amount and r.amount
                                      and abs(o.amount.amount - r.amount.amount) < 1e-6 for o in rows)]


# a table with a row for each instrument of a funding package: 'Instrument | Counterparty | Amount | Price / rate ...',
# 'Tranche | Amount | Interest | Maturity' under 'The new facility ... consists of:'
_INSTRUMENT_HEAD = re.compile(r"(?:instruments?|facilit(?:y|ies)|tranches?|type|securit(?:y|ies)|items?|components?|"
                              r"elements?|description|financing|funding(?:\s+source)?|source)", re.I)
_FUNDING_LEAD = re.compile(r"\b(?:facilit(?:y|ies)|funding|financing|capital\s+raising|loans?|placements?|raise[ds]?)\b", re.I)
# each row's instrument by its label, the first that fits ('Term loan' is a facility's part under a facility's lead)
_ROW_KINDS = (("convertible_debenture", re.compile(r"\bconvertible\b|\bdebentures?\b", re.I)),
              ("royalty_stream", re.compile(r"\broyalt(?:y|ies)\b|\bstream\b", re.I)),
              ("credit_facility", re.compile(r"\bfacilit(?:y|ies)\b|\brevolv\w*|\bRCF\b|\bline\s+of\s+credit\b", re.I)),
              ("equity_offering", re.compile(r"\bshare\s+purchase\s+plan\b|\bSPP\b|\brights\s+(?:issue|offer\w*)\b|"
                                             r"\bentitlement\b|\bbought\s+deal\b|\bpublic\s+offering\b", re.I)),
              ("warrants", re.compile(r"\b(?:attaching|free[- ]attaching|placement|broker|finder|underwriter)['\u2019s]*\s+"
                                      r"(?:options|warrants)\b|\bwarrants\b", re.I)),
              ("stock_options", re.compile(r"\boptions\b", re.I)),
              ("private_placement", re.compile(r"\bplacements?\b|\bplacing\b|\bsubscription\b", re.I)),
              ("promissory_note", re.compile(r"\bpromissory\b|\bunsecured\s+(?:[\w-]+\s+)?(?:loan|note)s?\b", re.I)),
              ("secured_loan", re.compile(r"\bloans?\b|\bnotes?\b|\bbonds?\b|\bprepayment\b", re.I)))
_DEBT_ROWS = _LOANS | {"debt_repayment"}     # (a row of debt: its money cells are sums and rates, no share prices)
_CELL_COUNT = re.compile(r"\(?\s*([\d,]+(?:\s\d{3})*)\s+(?:new\s+)?(?:shares|options|warrants|units|notes)\b", re.I)
_ROW_REPAID = re.compile(r"\brepaid\b", re.I)
_ROW_DONE = re.compile(r"\b(?:completed|closed|issued|drawn|funded|repaid|received|allotted)\b", re.I)
_ROW_TO_COME = re.compile(r"\b(?:subject\s+to|pending|to\s+be|will|open|proposed|expected)\b", re.I)
_PARTY_HEAD = re.compile(r"\b(?:counterpart(?:y|ies)|lenders?|investors?|holders?|provider|subscribers?|placees?)\b", re.I)


def _instrument_table(doc, unit, before: str) -> list[_Row]:
    """Rows of a table that lists a funding package's instruments, each row its own instrument by its label."""
    if not _FUNDING_LEAD.search(before):
        return []
    out: list[_Row] = []
    header: list[str] | None = None
    for off, line in unit.lines:
        cells = _table_cells(line)
        if header is None:
            if cells and _INSTRUMENT_HEAD.fullmatch(cells[0]) and not find_money(line):
                header = cells
                if not any(rx.search(c) for c in cells for _, rx in _COLUMN_KINDS):
                    return []
            continue
        if re.fullmatch(r"[\s|:-]*", line) or _TOTAL_LABEL.match(line) or len(cells) != len(header):
            continue
        label = cells[0]
        if re.fullmatch(r"(?:senior\s+|secured\s+|amortising\s+|amortizing\s+)*term\s+loans?(?:\s+[A-D1-4])?", label, re.I):
            kind = "credit_facility" if _FACILITY_LEAD.search(before) else "secured_loan"
        else:
            kind = next((k for k, rx in _ROW_KINDS if rx.search(label)), None)
        if kind is None:
            continue
        rest = " | ".join(cells[1:])
        if kind in _LOANS and _ROW_REPAID.search(rest):
            kind = "debt_repayment"     # ('| Shareholder bridging loan | ... | A$750,000 | 10.0% | Repaid in full ...')
        amount = price = None
        shares = rate = maturity = None
        parties: list[str] = []
        for head, cell in zip(header[1:], cells[1:], strict=True):
            col = next((k for k, rx in _COLUMN_KINDS if rx.search(head)), None)
            money = next((m for m in find_money(cell) if not _AMOUNT_BOUND.search(cell[:m.start])), None)
            if _PARTY_HEAD.search(head) and re.search(r"[A-Za-z]", cell):
                parties = [cell]
            elif col == "amount" and money is not None:
                amount = money
            elif col in ("price", "rate") and money is not None and kind not in _DEBT_ROWS:
                price = money
            elif col in ("price", "rate") and re.search(r"\d\s*" + _PCT, cell) and not _FLOATING.search(cell):
                m = re.search(r"(\d+(?:[.,]\d+)?)\s*" + _PCT, cell)
                rate = float(m.group(1).replace(",", "."))
            elif col == "maturity":
                found = find_dates(cell)
                maturity = found[0].value if found else None
            count = _CELL_COUNT.search(cell)
            if count and shares is None and kind not in _DEBT_ROWS:
                shares = int(re.sub(r"[,\s]", "", count.group(1)))
            elif col == "shares" and re.fullmatch(r"[\d,\s]+", cell):
                shares = int(re.sub(r"[,\s]", "", cell))
        if maturity is None and kind in _LOANS:
            found = [d for d in find_dates(rest) if re.search(r"\b(?:maturity|due|repayable|expir\w*)\b",
                                                                rest[max(0, d.start - 30):d.start], re.I)]
            maturity = found[0].value if found else None
        if amount is None and shares is None and price is None:
            continue
        status = "closed" if _ROW_DONE.search(rest) and not _ROW_TO_COME.search(cells[-1]) else "announced"
        start = _row_start(unit, off)
        out.append(_Row(kind, status, amount, rate, maturity if kind not in ("private_placement", "equity_offering") else None,
                        shares, price, parties, start, start + len(line.rstrip()), from_table=True))
    return out


_REFINANCING = re.compile(r"\b(?:used|applied|proceeds)\b", re.I)
_LOAN_NAMED = re.compile(r"\b(?:loans?|facilit(?:y|ies)|credit|notes?|debentures?|bonds?|borrow\w*|lend\w*|financ\w*)\b", re.I)


def _earlier_lenders(doc, rows: list[_Row], defined: dict[str, list[str]]) -> None:
    """A loan told without its lender takes the lender an earlier sentence of its paragraph (or of the lines that
    lead into its list) names with the loan."""
    if any(k.rstrip("s") in ("lender", "noteholder", "holder") for k in defined):
        return      # (the lenders the release defines are every such loan's)
    sentences = doc.seg.sentences
    for r in rows:
        if r.parties or r.from_table or r.instrument_type not in _LOANS | {"debt_repayment"}:
            continue
        if r.instrument_type == "debt_repayment" and _REFINANCING.search(doc.clean.text, r.start, r.end):
            continue        # ('Proceeds of the term loan were used to repay ... the acquisition facility'): the new
            #                  loan's lenders are not those of the debt it repays
        at = next((i for i, s in enumerate(sentences) if s.start == r.start), None)
        if at is None:
            continue
        unit = sentences[at].unit
        first_unit = _lead_index(doc, unit) if doc.seg.units[unit].kind == "list_item" else unit
        for k in range(at - 1, max(-1, at - 4), -1):     # (the three sentences before it, no further)
            s = sentences[k]
            if s.unit < first_unit:
                break
            if not _LOAN_NAMED.search(s.text):
                continue
            found = _parties(s.text, doc, defined)
            if found:
                r.parties, r.lent_before = found, True
                break


_THE_LENDER = re.compile(r"\b(?:the|such)\s+(?:lenders?|noteholders?|bondholders?|debenture\s+holders?)\b", re.I)


def _the_lender(doc, rows: list[_Row]) -> None:
    """Warrants or a loan told without a party but given to 'the lender' ('As a bonus, the lender received 300,000 share
    purchase warrants') are the lenders' of the latest loan the release names them for."""
    text = doc.clean.text
    for i, r in enumerate(rows):
        if r.parties or r.instrument_type not in {"warrants", *_LOANS} or not _THE_LENDER.search(text, r.start, r.end):
            continue
        loan = next((o for o in reversed(rows[:i]) if o.instrument_type in _LOANS and o.parties), None)
        if loan is not None:
            r.parties = list(loan.parties)


def _lenders_share_terms(rows: list[_Row]) -> None:
    """The loans several lenders 'each advanced' share the terms the release gives them together ('The Loans ...
    bear interest at 12% per annum and are repayable on April 9, 2010')."""
    for r in rows:
        if r.lender_part:
            for o in rows:
                if o.lender_part and o.start == r.start and o.instrument_type == r.instrument_type:
                    r.interest = r.interest if r.interest is not None else o.interest
                    r.maturity = r.maturity or o.maturity


# 'convertible ... at a conversion price of C$0.10 per share', 'Conversion price: 4.2 cents per share', 'convertible
# into common shares at C$0.10 per share'
_CONVERSION_PRICE_CUE = re.compile(r"\bconversion\s+price\s*(?:of\s+|:\s*|(?:is|will\s+be|was)\s+)?(?:approximately\s+|about\s+)?$|"
                                   r"\bconvertible\b[^.;$\d]{0,80}\bat\s+$", re.I)


def _one_conversion_price(doc, rows: list[_Row]) -> None:
    """The tranches or parts of a convertible told without its price ('The first tranche of C$800,000 principal amount
    closed on May 29, 2015') take the one conversion price the release gives."""
    if not any(r.instrument_type == "convertible_debenture" and r.price is None for r in rows):
        return
    prices = {round(r.price.amount, 6): r.price for r in rows if r.instrument_type == "convertible_debenture" and r.price}
    for sent in doc.seg.sentences:
        if sent.section == "body" and "onver" in sent.text:
            for m in find_money(sent.text):
                if _CONVERSION_PRICE_CUE.search(sent.text, max(0, m.start - 100), m.start) and \
                        _PER_SHARE.match(sent.text[m.end:m.end + 30]):
                    prices.setdefault(round(m.amount, 6), m)
    if len(prices) != 1:
        return      # (none, or several: which is whose is not told)
    price = next(iter(prices.values()))
    for r in rows:
        if r.instrument_type == "convertible_debenture" and r.price is None and r.amount is not None:
            r.price = price     # (a ceiling with no principal, 'up to A$2,500,000 of notes', stays no row)


# 'at a price of 2.5p per share (the "Issue Price")' ... 'placed 40,000,000 new ordinary shares at the Issue Price'
# ('5p per New Share (the "Issue Price")'); a price the release names as it tells it: 'at the Issue Price of 4.0 pence'
_PRICE_TERM = re.compile(r"\s*(?:per\s+(?:\w+\s+)?(?i:share|unit)\s*)?\(\s*(?:the\s+)?\"(?P<term>[\w\s-]{0,30}Price)\"\s*\)")
_NAMED_PRICE = re.compile(r"\b(?:at\s+)?the\s+(?P<term>(?:Issue|Placing|Placement|Offer|Subscription)\s+Price)\s+of\s+$")


def _defined_prices(doc, rows: list[_Row]) -> None:
    """A row priced 'at the Issue Price' takes the price the release defined by that term."""
    prices: dict[str, Money] = {}
    for sent in doc.seg.sentences:
        if 'Price"' in sent.text or "Price of" in sent.text:
            for m in find_money(sent.text):
                tm = _PRICE_TERM.match(sent.text, m.end) or _NAMED_PRICE.search(sent.text, max(0, m.start - 40), m.start)
                if tm:
                    prices.setdefault(" ".join(tm.group("term").lower().split()), m)
    if not prices:
        return
    text = doc.clean.text
    for row in rows:
        if row.price is not None or row.instrument_type not in _PRICED_TYPES:
            continue
        m = re.search(r"\bat\s+the\s+(?P<term>[\w\s-]{0,30}Price)\b", text[row.start:row.end])
        if m and " ".join(m.group("term").lower().split()) in prices:
            row.price = prices[" ".join(m.group("term").lower().split())]


_PRICED_TYPES = ("private_placement", "equity_offering", "warrants", "stock_options", "debt_settlement")


_BALANCE_AT = re.compile(r"\s*(?:At|As\s+(?:at|of))\s+(?:the\s+end\s+of\s+)?(?:\w+\s+)?\d", re.I)
_BALANCE_NEAR = re.compile(r"\b(?:outstanding|balance)\b", re.I)
_DRAWDOWN_OF = re.compile(r"\b(?:draw(?:down|ing)s?|advance)\s+(?:under\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?)?(?:of\s+)?$", re.I)


_NEW_DEBT_VERB = re.compile(r"\b(?:issued|entered|signed|closed|completed|arranged|advanced|drew|drawn|obtained|agreed|"
                            r"amended|extended|converted|repaid|redeemed)\b", re.I)
# a financing the release recalls: 'The NZ$3.0 million placement completed in October 2019 was reported at the time',
# 'As announced on November 20, 2025, the Company closed a private placement ...'; one it has not used: 'The
# Company's at-the-market equity program ... has not been used'
_AMENDED = re.compile(r"\b(?:amend|extend|restructur|refinanc)", re.I)   # (then the balance is the amended loan's)
_RECALLED = re.compile(r"\b(?:last|previous|most\s+recent)\s+(?:equity\s+|capital\s+)?(?:raising|financing|placement|capital\s+raising)\s+was\b|"
                       r"(?<!\bwhich\s)(?<!\bthat\s)\b(?:was|were|has\s+been|have\s+been)\s+(?:previously\s+)?(?:reported|announced|disclosed)\s+"
                       r"(?:at\s+the\s+time|in\s+(?:the|its|our)\b|on\s+\w+|previously|earlier)|\bas\s+announced\s+(?:that|the\s+same)\s+day\b|^\s*As\s+(?:previously\s+)?"
                       r"(?:announced|reported|disclosed)\s+(?:on|in)\s+|\bas\s+(?:previously\s+)?(?:disclosed|announced|reported)\s+in\s+(?:the|its|our)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:announcement|release|report|circular|prospectus)s?\b|\b(?:has|have)\s+not\s+been\s+(?:used|drawn|utili[sz]ed)\b",
                       re.I)
_INTEREST_PAID = re.compile(r"^\s*(?:\(\w{1,3}\)\s*)?(?:the\s+)?(?:\w+\s+){0,2}?interest\s+(?:payment\s+)?(?:of\s+\S+\s+(?:million\s+)?)?"
                            r"(?:due|payable|paid|accrued)\b", re.I)
_CLOSED_IN_MONTH = re.compile(rf"\b(?:closed|completed|raised|was\s+completed|drawn(?:\s+\w+){{0,6}}?)\s+in\s+(?P<m>{MONTH_PATTERN})\s+(?P<y>(?:19|20)\d\d)\b")
_NEVER_HAPPENED = re.compile(r"\b(?:has|have)\s+not\s+received\s+any\s+notice\b|"
                             # 'Were all of the Placing Warrants to be exercised, the Company would receive a further
                             # £3.3 million': what an exercise would raise
                             r"^\s*(?:Were|Should|If)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?[^.;]{0,60}?\b(?:to\s+be\s+|are\s+|were\s+|be\s+)?exercised\b|"
                             r"\b(?:agreed|decided|resolved|elected)\s+to\s+(?:terminate|cancel|abandon|withdraw)\b|\b(?:did|does|will)\s+not\s+(?:proceed|close|complete|materiali[sz]e|eventuate|go\s+ahead)\b|"
                             r"\b(?:was|were)\s+(?:not\s+(?:completed|concluded|closed)|abandoned|terminated|withdrawn)\b", re.I)
_STILL_OUTSTANDING = re.compile(r"\b(?:remains?|continues?\s+to\s+be|are\s+still|is\s+still)\s+(?:on\s+issue|outstanding)\b", re.I)
_HISTORY_TYPES = {"private_placement", "equity_offering", "debt_repayment", "debt_settlement"}
# a past time a financing is placed at: 'In 2010, ...', '... in February 2025', '... repaid in 2020'
_PAST_TIME = re.compile(rf"\b(?:[Ii]n|[Dd]uring)\s+(?:(?P<m>{MONTH_PATTERN})\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-/]\d)")
# 'The Company's R85 million convertible bonds issued in 2005 were converted into ordinary shares during 2007'
_ISSUED_LONG_AGO = re.compile(r"\b(?:issued|arranged|drawn|advanced|entered\s+into|signed|obtained|provided)\s+"
                              r"(?:(?:with|by|from)\s+(?:[\w.&'-]+\s+){1,4}?)?in\s+(?:19|20)\d\d\b[^.;]{0,60}?\b(?:were|was|have\s+been|has\s+been)\s+"
                              r"(?:fully\s+)?(?:converted|repaid|redeemed|settled|extinguished)\b", re.I)


# ('... indebtedness owed to Fort St. James Diamond Drilling Ltd. for drilling services completed in 2012 by issuing
# 1,950,000 common shares': the age of the services paid for)
_DESCRIBES_OTHER = re.compile(r"\b(?:services|work|works|goods|supplies)\s+(?:completed|performed|supplied|delivered)\s+$|"
                             r"\b(?:concluded|entered\s+into|signed|executed|granted|arranged|advanced|incurred|"
                             r"dated|made|established|originated|acquired|built|rendered|provided|accrued|accumulated|owed|owing|earned|"
                             r"received|obtained|borrowed)\s+"
                             r"(?:[\w.&'-]+\s+){0,5}$", re.I)


_LAST_RAISED = re.compile(r"\blast\s+(?:raised|placed|issued|completed|closed|tapped|accessed)\b", re.I)


_CLAUSE_CUT = re.compile(r",\s+and\s+(?=the\b|its\b|our\b|a\b|an\b)|;\s+")


def _historic(text: str, release: date | None, at: int | None = None) -> bool:
    """A financing the sentence places well before the release: 'The Company last raised funds in November 2005,
    when it placed ...', 'The original construction was funded by a $60 million project loan, which was repaid in
    2020' (and no date in the sentence near the release)."""
    if release is None:
        return False
    if at is not None:
        # '... was settled through deliveries completed in June 2025, and the NZ$4.0 million of notes were converted
        # into shares in August 2024': the clause that holds the row's amount, when it places itself in time
        cuts = [0, *(m.end() for m in _CLAUSE_CUT.finditer(text)), len(text)]
        a, b = next((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a <= at < b or b == len(text))
        if _PAST_TIME.search(text, a, b):
            text = text[a:b]
    past = []
    for m in _PAST_TIME.finditer(text):
        if _DESCRIBES_OTHER.search(text, max(0, m.start() - 80), m.start()):
            continue        # '... under agreements concluded in 2006': the age of what is repaid, not of the repayment
        if not m.group("m") and int(m.group("y")) < release.year:
            past.append(date(int(m.group("y")), 1, 1))      # 'In 2010, ...' in a 2011 release: last year's news
            continue
        past.append(date(int(m.group("y")), month_number(m.group("m")) if m.group("m") else 12, 28))
    if past and _LAST_RAISED.search(text) and all(d < release for d in past):
        return True         # 'The Company last raised equity in March 2008, when it placed shares ...' (December 2008)
    if not past or any((release - d).days < 270 for d in past):
        return False
    return not any(0 <= (release - d.value).days < 270 for d in find_dates(text))     # (a maturity ahead tells nothing)


def _drawing_row(facility: _Row, drawn: Money, text: str, context_status: str | None, sent) -> _Row:
    """A drawing on a facility the release told of: a row of the facility's kind and lenders for the sum drawn."""
    status = "proposed" if context_status == "proposed" else "closed" if (
        _CLOSED.search(text) or _DONE.search(text) or re.search(r"\b(?:was|were)\s+made\b", text)) else "announced"
    return _Row(facility.instrument_type, status, drawn, None, None, None, None, list(facility.parties), sent.start, sent.end)


# 'repay in full the amount drawn under its US$30 million revolving credit facility': the size of the debt repaid
_DEBT_SIZE = (re.compile(r"\b(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,2}$", re.I),
              re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:facilit(?:y|ies)|loans?|revolver|notes|debentures|bonds)\b", re.I))
# 'used US$18.0 million of the first deposit payment to repay', 'made a final payment of A$3.0 million ..., repaying'
_PAID_SUM_BEFORE = re.compile(r"\b(?:used|applied|paid|(?:re|pre)?payments?\s+of|repaid|prepaid)\s+(?:approximately\s+|"
                              r"about\s+|a\s+further\s+|the\s+first\s+)?$", re.I)


def _repaid_sum(text: str, amount: Money, moneys: list) -> Money | None:
    """The sum paid when a repayment's nearest amount is the size of the debt it repays ('used US$15.0 million of the
    net proceeds to repay the full amount drawn under its US$40.0 million revolving credit facility')."""
    if not (_DEBT_SIZE[0].search(text, max(0, amount.start - 40), amount.start) and _DEBT_SIZE[1].match(text, amount.end)):
        return None
    return next((m for m in moneys if m is not amount and m.amount >= 1000 and
                 _PAID_SUM_BEFORE.search(text, max(0, m.start - 40), m.start)), None)


def _drawing(text: str, moneys: list) -> Money | None:
    """The sum a sentence says was drawn: 'drew US$15 million', 'a first drawdown of R120 million', 'the first
    drawdown under the Facility of USD 25 million', 'US$8.0 million drawn under ...'; not a balance ('At December
    31, 2019, $85 million was drawn under the facility', '... with US$12 million outstanding'), though a balance
    elsewhere in the sentence leaves the drawing ('drew $45 million under the facility and repaid the $55 million
    outstanding under its term loan')."""
    if _BALANCE_AT.match(text):
        return None
    for m in moneys:
        if m.amount < 1000 or _PER_SHARE.match(text[m.end:m.end + 30]):
            continue
        if _BALANCE_NEAR.search(text, max(0, m.start - 60), min(len(text), m.end + 40)):
            continue
        if _DRAW_BEFORE.search(text, max(0, m.start - 50), m.start) or _DRAWN_AFTER.match(text, m.end) or \
                _DRAWDOWN_OF.search(text, max(0, m.start - 80), m.start):
            return m
    return None


def _proceeds_of_earlier_row(rows: list[_Row]) -> None:
    """'An aggregate of 180,000,000 Placing Shares have been placed at HK$0.42 ... The gross proceeds from the Placing
    are HK$75.6 million': the proceeds complete the placement just described, not a second one."""
    for r in list(rows):
        if r.instrument_type not in ("private_placement", "equity_offering") or r.amount is None or \
                r.share_count is not None or r.price is not None:
            continue
        earlier = [e for e in rows if e is not r and e.instrument_type == r.instrument_type and e.amount is None
                   and e.share_count is not None and 0 <= r.start - e.end < 600]
        if earlier:
            earlier[-1].amount = r.amount
            earlier[-1].end = max(earlier[-1].end, r.end)      # the evidence runs to the sentence of the amount
            rows.remove(r)


_EQUITY_RAISES = frozenset({"private_placement", "equity_offering"})
_IN_A_TRANCHE = re.compile(r"\s+(?:of\s+(?:new\s+)?shares\s+)?in\s+(?:Tranche\s+(?:\d|one|two|three|[AB])|the\s+second\s+tranche|"
                           r"the\s+first\s+tranche)\b", re.I)


def _drop_totals(rows: list[_Row], doc) -> None:
    """'... credit facilities totalling $1.2 billion (the "Credit Facilities"). The Credit Facilities consist of an $800
    million revolving credit facility ... and a $400 million delayed-draw term loan ...': one row per instrument, so
    a total stated beside its parts is no row of its own (its parts take its status and parties)."""
    for total in list(rows):
        if total.amount is None or total.instrument_type in _NO_PRINCIPAL:
            continue
        parts = [r for r in rows if r is not total and r.amount is not None and r.start >= total.start
                 and (r.start - total.end < 600 or r.from_table or r.instrument_type == total.instrument_type)
                 and resolve_currency(r.amount, doc, False) == resolve_currency(total.amount, doc, False)
                 and r.instrument_type not in _NO_PRINCIPAL
                 # (debt is no part of an equity raising: 'debt facilities of R200 million and a rights offer of R200
                 # million', the facilities then told as R150 million and R50 million)
                 and not (total.instrument_type in _EQUITY_RAISES and r.instrument_type in _LOANS)]
        # (another mention of the total itself is no part; the total's own instrument's rows are tried first)
        parts = [r for r in parts if abs(r.amount.amount - total.amount.amount) > 0.005 * total.amount.amount]
        same = [r for r in parts if r.instrument_type == total.instrument_type]
        # (a table of its tranches is one group though a drawing is told between: 'drew ... $10 million of the revolving
        # credit facility' above '| Term loan | $100,000,000 |' and '| Revolving credit facility | $50,000,000 |')
        tabled = [r for r in parts if r.from_table]
        groups = [same[:k] for k in range(len(same), 1, -1)] + [parts[:k] for k in range(len(parts), 1, -1)] + (
            [tabled] if len(tabled) > 1 else [])
        for group in groups:
            if abs(sum(r.amount.amount for r in group) - total.amount.amount) <= 0.005 * total.amount.amount:
                for r in group:
                    if r.status == "announced" and not r.part_to_come:
                        r.status = total.status
                    if not r.parties:
                        r.parties = list(total.parties)
                    if r.instrument_type == total.instrument_type:
                        # ('Tranche 1: 75,000,000 shares ($4.5 million)' of a placement at $0.06; 'Tranche 1: $15
                        # million' of notes at 8.0% maturing on 31 October 2022)
                        r.price = r.price or total.price
                        r.interest = total.interest if r.interest is None else r.interest
                        r.maturity = r.maturity or total.maturity
                # (and so is every other mention of that total: a highlight's 'A$25 million of convertible notes')
                for r in [r for r in rows if r.instrument_type == total.instrument_type and r.amount is not None
                          and abs(r.amount.amount - total.amount.amount) <= 0.005 * total.amount.amount]:
                    rows.remove(r)
                break


# the part of a loan or deposit paid or still to come: 'an upfront deposit of US$60 million, of which US$25 million
# was received on closing', 'Aarberg advanced the first US$18 million', 'The balance of US$12 million will be
# advanced on 15 January 2018', 'drew $350 million ... and a further $250 million on June 12, 2015'
_PART_BEFORE = re.compile(r"(?:\bof\s+which\s+|\b(?P<done>(?:advanced|received|paid|disbursed|funded|provided|drew)\s+(?:the\s+)?"
                          r"(?:first|initial)\s+|\b(?:received|made)\s+the\s+(?:[\w-]+\s+){0,3}?(?:disbursement|drawdown|drawing|"
                          r"advance),?\s+(?:of\s+)?|\b(?:drew|drawn|advanced|received|disbursed)\b[^.;]{0,80}?\band\s+a\s+further\s+)|"
                          r"\b(?:the\s+)?(?:balance|remaining|remainder)(?:\s+of)?\s+)$", re.I)
_PART_OF_IT = re.compile(r"\s+of\s+(?:the|that|this)\s+(?:upfront\s+|up-front\s+)?(?:deposit|loan|facility|advance|prepayment|"
                         r"financing)\s+(?:(?P<done>was|were|has\s+been|have\s+been)|will\s+be|is\s+to\s+be)\s+"
                         r"(?:received|paid|disbursed|advanced|drawn|funded)\b", re.I)
_PART_ACTED = re.compile(r"(?:\b(?P<done>advanced|drew|disbursed)\s+(?:down\s+)?|\b(?:will|shall)\s+(?:advance|disburse|pay)\s+"
                         r"(?:the\s+)?(?:balance|remaining|remainder)(?:\s+of)?\s+)(?:[A-Z]{1,3}\\?)?$", re.I)   # (a sum's 'US\')
_ACTED_PAIR = re.compile(r"\b(?:advanced|drew|disbursed)\s+(?:down\s+)?[^.;]{0,80}?\band\s+(?:will|shall)\s+(?:advance|disburse|pay)\s+"
                         r"(?:the\s+)?(?:balance|remaining|remainder)\b", re.I)
_PART_DONE = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:received|paid|advanced|drawn|funded|disbursed)\b", re.I)
_PART_TO_COME = re.compile(r"\s+(?:will|is\s+to|are\s+to|shall|would)\s+be\s+"
                           r"(?:advanced|paid|drawn|funded|disbursed|received|provided)\b", re.I)


_DRAWINGS_LISTED = re.compile(r"\b(?:made|received)\s+(?:two|three|four|five|\d)\s+(?:drawings|drawdowns|advances|disbursements)\b(?:[^:.;]|\.(?=\d))*:", re.I)
_UNDER_BEFORE = re.compile(r"\b(?:under|from)\s+(?:the|its)\s+$", re.I)


def _parts_of_totals(doc, rows: list[_Row]) -> None:
    """The parts of a loan or stream deposit paid and still to come, each a row of its own (the total they make
    goes at ``_drop_totals``): '... of which US$25 million was received on closing' (closed), 'The remaining US$35
    million will be paid in instalments' (announced)."""
    owners = [r for r in rows if r.instrument_type in _LOANS | {"royalty_stream"} and r.amount is not None]
    if not owners:
        return
    for sent in doc.seg.sentences:
        if sent.section != "body":
            continue
        owner = next((r for r in reversed(owners) if r.start <= sent.start), None)
        if owner is None:
            continue
        text = sent.text
        listed = _DRAWINGS_LISTED.search(text)
        if _ACTED_PAIR.search(text):
            # ('advanced US$12 million on closing and will advance the remaining US$8 million'): the parts of the loan
            # they make up, whatever was told between
            total = sum(m.amount for m in find_money(text) if m.amount >= 1000)
            owner = next((r for r in reversed(owners) if r.start <= sent.start
                          and abs(r.amount.amount - total) <= 0.005 * total), owner)
        for money in find_money(text):
            if money.amount < 1000 or money.amount >= owner.amount.amount:
                continue
            before = _PART_BEFORE.search(text, max(0, money.start - 120), money.start)
            of_it = _PART_OF_IT.match(text, money.end)
            acted = _PART_ACTED.search(text, max(0, money.start - 60), money.start)
            if listed and money.start > listed.end() and re.match(r"\s+on\s+", text[money.end:]):
                status = "closed"       # '... made two drawings under the facility: A$5.6 million on 18 January 2008, ...'
            elif acted and _ACTED_PAIR.search(text):
                # 'Carrara advanced US$12 million on closing and will advance the remaining US$8 million on completion':
                # the part advanced and the part to come
                status = "closed" if acted.group("done") else "announced"
            elif of_it:
                # 'USD 40,000,000 of the deposit was disbursed to the Company on 11 May 2015'
                status = "closed" if of_it.group("done") else "announced"
            elif before is None:
                continue
            elif _PART_DONE.match(text, money.end) or before.group("done"):
                status = "closed"
            elif _PART_TO_COME.match(text, money.end):
                status = "proposed" if owner.status == "proposed" else "announced"
            else:
                continue
            if any(r.start == sent.start and r.amount is not None and abs(r.amount.amount - money.amount) < 1e-6
                   for r in rows):
                continue        # (the drawing already read)
            part = replace(owner, status=status, amount=money, start=sent.start, end=sent.end, term=None,
                           lender_part=0, from_table=False, part_to_come=status == "announced")
            at = rows.index(owner) if owner in rows else max(i for i, r in enumerate(rows) if r.start <= sent.start)
            while at + 1 < len(rows) and rows[at + 1].start <= sent.start:
                at += 1
            rows.insert(at + 1, part)
            if owner.start == sent.start and owner in rows and _UNDER_BEFORE.search(
                    text, max(0, owner.amount.start - 12), owner.amount.start):
                rows.remove(owner)      # ('... the second disbursement, of USD 18,000,000, under the USD 45,000,000
                #                          syndicated loan facility': the facility drawn on, told again)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


# 'An amount of R50 million was paid on 13 November 2009 and the balance of R24 million is payable on or before 31
# March 2010', told of a settlement: the part paid and the balance to come
_PAID_THEN_BALANCE = re.compile(r"\bpaid\b(?P<paid>[^.;]{0,80}?),?\s+and\s+the\s+(?:remaining\s+|outstanding\s+)?balance\s+of\s+"
                                r"(?P<balance>[^.;]{0,40}?)\s+(?:is|will\s+be|shall\s+be|becomes|remains)\s+(?:payable|due)\b",
                                re.I)
_SETTLEMENT_WORD = re.compile(r"\bsettle(?:s|d|ment)?\b", re.I)


# 'UMCL paid US$24 million on 10 August 2022, and will pay US$20 million on or before 31 December 2022 and US$20
# million on or before 30 June 2023': a settlement paid in part, the rest in sums by their days
_PAID_THEN_WILL_PAY = re.compile(r"\bpaid\s+(?P<paid>[^.;]{0,60}?),?\s+and\s+(?:will|shall|is\s+to)\s+pay\s+(?P<rest>[^;]{0,200})",
                                 re.I)


def _paid_then_will_pay(doc, rows: list[_Row], sent, m: re.Match) -> None:
    unit = doc.seg.units[sent.unit]
    context = [sent.text, unit.text]
    if unit.kind == "list_item":     # (the terms of an agreement listed under the paragraph that tells it)
        k = _lead_index(doc, sent.unit)
        context += [doc.seg.units[k].text, doc.seg.units[k - 1].text if k else ""]
    if not any(_SETTLEMENT_WORD.search(c) for c in context):
        return
    text = sent.text
    paid = next((x for x in find_money(text) if m.start("paid") <= x.start < m.end("paid") and x.amount >= 1000), None)
    later = [x for x in find_money(text) if m.start("rest") <= x.start < m.end("rest") and x.amount >= 1000]
    if paid is None or not later:
        return
    paid_on = find_dates(text[paid.end:m.start("rest")])
    rows.append(_Row("debt_settlement", "closed", paid, None, paid_on[0].value if paid_on else None, None, None, [],
                     sent.start, sent.end))
    for x, nxt in zip(later, [*later[1:], None], strict=True):
        due = find_dates(text[x.end:nxt.start if nxt else m.end("rest")])
        rows.append(_Row("debt_settlement", "announced", x, None, due[0].value if due else None, None, None, [],
                         sent.start, sent.end))


def _settlement_payments(doc, rows: list[_Row]) -> None:
    """The payments a settlement told in the sentence before is paid in: the part paid (on the day it was paid) and
    the balance payable (by its due date), each a settlement row."""
    sentences = doc.seg.sentences
    for i, sent in enumerate(sentences):
        m = _PAID_THEN_BALANCE.search(sent.text)
        if m is None and (later := _PAID_THEN_WILL_PAY.search(sent.text)) and not any(
                r.start <= sent.start < r.end for r in rows):
            _paid_then_will_pay(doc, rows, sent, later)
            continue
        if m is None or any(r.start == sent.start for r in rows):
            continue
        before = [s for s in sentences[max(0, i - 2):i + 1] if s.unit == sent.unit]
        if not any(_SETTLEMENT_WORD.search(s.text) for s in before):
            continue
        text = sent.text
        moneys = find_money(text)
        paid = next((x for x in moneys if x.end <= m.end("paid") and x.amount >= 1000), None)
        balance = next((x for x in moneys if m.start("balance") <= x.start < m.end("balance") and x.amount >= 1000), None)
        if paid is None or balance is None:
            continue
        paid_on = find_dates(text[paid.end:m.start("balance")])
        due = _maturity(text, balance.end, len(text), action=True)
        rows.append(_Row("debt_settlement", "closed", paid, None, paid_on[0].value if paid_on else None, None, None, [],
                         sent.start, sent.end))
        rows.append(_Row("debt_settlement", "announced", balance, None, due, None, None, [], sent.start, sent.end))


# 'Under the agreement, MPC will pay:' / '... in full and final settlement of the debt, in three instalments:' and a
# list of the instalments ('- EUR 1.75 million on or before June 30, 2003;', '(b) HK$10,000,000 on or before 30
# September 2015; and', '- FCFA 2.0 billion, paid on June 5, 2014;', '- a further cash payment of A$1.75 million
# within five business days ...')
_INSTALMENT_LEAD = re.compile(r"\b(?:settle(?:s|d|ment)?|award|judg(?:e)?ment|payment\s+agreement|deed)\b", re.I)
_INSTALMENT_LEAD_PAY = re.compile(r"\b(?:pay|payable|paid|instal+ments?)\b", re.I)
_ITEM_MARK = r"\W{0,3}(?:\(?[a-z0-9ivx]{1,4}\)\s*)?"     # a list item's bullet or letter: '- ', '(b) '
_INSTALMENT_ITEM = re.compile(_ITEM_MARK + r"(?:an?\s+(?:further\s+|final\s+|first\s+|second\s+|third\s+)?"
                              r"(?:cash\s+)?(?:payment|instal+ment)\s+of\s+)?", re.I)
_SHARES_ITEM = re.compile(_ITEM_MARK + r"(?:the\s+)?(?:issue|allotment)\s+(?:to\s+\S+\s+)?of\s+(?=[\d,]+\s)",
                          re.I)
_INSTALMENT_WHEN = re.compile(r"\b(?:on\s+or\s+before|due|paid|payable|by|within|on\s+(?=\d|[A-Z]))\b", re.I)
# ('... under which Honduras will pay the Company a total of US$57.8 million in full and final satisfaction of the
# Award, in three instalments:': an award collected, no debt of the issuer's)
_PAYS_THE_COMPANY = re.compile(r"\b(?:pay|paid|payable)\s+(?:to\s+)?(?:the\s+(?:Company|Corporation|Group)|us)\b")
_LENT_IN_PARTS = re.compile(r"\b(?:advance|lend|disburse|provide|fund)\b[^.;:]{0,80}?\bin\s+(?:two|three|four|\d)\s+"
                           r"(?:instal+ments|tranches|parts|advances)\s*:\s*$", re.I)
_STREAM_LEAD = re.compile(r"\b(?:royalty|stream|deposit)\b", re.I)
_STREAM_RECEIVED = re.compile(r"[^;]{0,40}?\b(?:was|were|has\s+been|have\s+been)\s+(?:received|paid)\b", re.I)
_INSTALMENT_PAID = re.compile(r"[\s,]*(?:was\s+|were\s+)?paid\b", re.I)


# a table's column of sums in one currency and scale ('TZS billion', 'US$ million') and of the days they fall due
_SUM_COLUMN = re.compile(r"(?P<cur>[A-Z]{3}|(?:U\.S\.\s?|[A-Z]{0,3})\$|£|€)\s*(?P<scale>thousand|million|billion|m|bn)?", re.I)
_DUE_COLUMN = re.compile(r"\b(?:due|date|payable|timing|when)\b", re.I)


def _instalment_table(doc, rows: list[_Row], defined: dict[str, list[str]]) -> None:
    """The instalments of a settlement listed in a table under the line that leads into them ('... the instalments,
    which are payable to the TRA as follows:' and 'Instalment  Due date  TZS billion'): a settlement row for each (closed
    when its day says it was paid), by the date its row gives."""
    units = doc.seg.units
    for k, unit in enumerate(units):
        if unit.section != "body" or k == 0:
            continue
        lead = units[k - 1].text.rstrip()
        if not lead.endswith(":") or not re.search(r"\binstal+ments?\b", lead, re.I) or any(
                unit.start <= r.start < unit.end for r in rows):
            continue
        last = next((x.text for x in reversed(doc.seg.sentences) if x.unit == k - 1), lead)
        if _INSTALMENT_LEAD.search(lead) and not _PAYS_THE_COMPANY.search(lead):
            kind = "debt_settlement"
        elif _STREAM_LEAD.search(last):
            kind = "royalty_stream"     # ('The upfront deposit of $42 million will be paid in three instalments:')
        else:
            continue
        # (its lines as written: columns set apart by runs of spaces may not have been read as a table)
        raw = doc.clean.text[unit.start:unit.end]
        lines = [(unit.start + m.start(), m.group()) for m in re.finditer(r"[^\n]+", raw)]
        if len(lines) < 2:
            continue
        header = _table_cells(lines[0][1])
        sums = next((i for i, h in enumerate(header) if _SUM_COLUMN.fullmatch(h)), None)
        due = next((i for i, h in enumerate(header) if _DUE_COLUMN.search(h)), None)
        if sums is None or due is None:
            continue
        column = _SUM_COLUMN.fullmatch(header[sums])
        # (those the sentence that leads into the table pays: '... which are payable to the TRA as follows:'; a
        # stream's, its paragraph's)
        parties = _parties(last if kind == "debt_settlement" else lead, doc, defined)
        parts: list[_Row] = []
        interest = 0.0 if _ZERO_RATE.search(lead) else None
        for start, line in lines[1:]:
            cells = _table_cells(line)
            if len(cells) != len(header) or _TOTAL_LABEL.match(line) or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", cells[sums]):
                continue
            money = next(iter(find_money(f"{column.group('cur')}{cells[sums]} {column.group('scale') or ''}")), None)
            days = find_dates(cells[due])
            if money is None or not days and kind == "debt_settlement":
                continue
            status = "closed" if re.search(r"\b(?:paid|received|settled)\b", cells[due], re.I) else "announced"
            parts.append(_Row(kind, status, money, interest if kind == "debt_settlement" else None,
                              days[0].value if days and kind == "debt_settlement" else None, None, None, list(parties),
                              start, start + len(line.rstrip()), from_table=True))
        if parts:
            # (the total the lines before state gives way to its parts: 'The upfront deposit of $42 million')
            total = sum(r.amount.amount for r in parts)
            rows[:] = [r for r in rows if not (r.instrument_type == kind and r.amount is not None
                                               and abs(r.amount.amount - total) <= 0.005 * total)] + parts


def _settlement_instalments(doc, rows: list[_Row], defined: dict[str, list[str]]) -> None:
    """The instalments a settlement, award or payment agreement is paid in, listed under the line that leads into them:
    a settlement row for each (closed when the item says it was paid), by the date it gives, owed to the parties the
    lead-in names ('the Company shall pay the Petitioner HK$30,000,000 ..., in three instalments:'). A sum the lead-in
    states as their total gives way to them. The parts a royalty or stream is paid for in ('The consideration for the
    Royalty is payable in two parts:') are royalty rows the same way, and their total gives way wherever it is told."""
    units = doc.seg.units
    by_lead: dict[int, list[_Row]] = {}
    lead_parties: dict[int, list[str]] = {}
    for sent in doc.seg.sentences:
        unit = units[sent.unit]
        if unit.kind != "list_item" or sent.section != "body" or any(r.start <= sent.start < r.end for r in rows):
            continue
        k = _lead_index(doc, sent.unit)
        lead = units[k].text.rstrip()
        if not lead.endswith(":") or not _INSTALMENT_LEAD_PAY.search(lead):
            continue
        loan = None
        if _INSTALMENT_LEAD.search(lead):
            kind = "debt_settlement"
            if _PAYS_THE_COMPANY.search(lead) or re.search(r"\breceived\b", sent.text):
                continue
        elif _STREAM_LEAD.search(lead):
            kind = "royalty_stream"     # ('The consideration for the Royalty is payable in two parts:')
        elif (parts_of := _LENT_IN_PARTS.search(lead)) and (loan := next((
                r for r in reversed(rows) if r.instrument_type in _LOANS and r.amount is not None and any(
                    abs(m.amount - r.amount.amount) < 1e-6 for m in find_money(parts_of.group()))), None)) is not None:
            # ('Under the prepayment agreement Matterhorn will advance US$14 million in two instalments:'): the loan
            # of that sum the release told, in its parts
            kind = loan.instrument_type
        else:
            continue
        text = sent.text
        moneys = find_money(text)
        if k not in lead_parties:
            lead_parties[k] = _parties(lead, doc, defined)
        if kind == "debt_settlement" and (issue := _SHARES_ITEM.match(text)) and (
                count := _share_count(text, issue.end(), len(text))):
            # ('- the issue of 10,000,000 fully paid ordinary shares at a deemed issue price of A$0.15 per share')
            price = next((m for m in moneys if _PER_SHARE.match(text[m.end:m.end + 30])), None)
            rows.append(_Row("debt_settlement", "announced", None, None, None, count, price, list(lead_parties[k]),
                             sent.start, sent.end))
            continue
        money = next((m for m in moneys if m.amount >= 1000), None)
        if money is None or not _INSTALMENT_ITEM.fullmatch(text, 0, money.start) or \
                _PER_SHARE.match(text[money.end:money.end + 30]):
            continue
        if not (_INSTALMENT_WHEN.search(text, money.end) or loan is not None and re.match(r"\s+(?:up)?on\b", text[money.end:])):
            continue
        status = "closed" if _INSTALMENT_PAID.match(text, money.end) or kind == "royalty_stream" and \
            _STREAM_RECEIVED.match(text, money.end) else "announced"
        dates = find_dates(text[money.end:])
        if loan is not None:    # (a loan's part falls due when the loan does, not when it is advanced)
            row = replace(loan, status=status, amount=money, start=sent.start, end=sent.end, term=None, lender_part=0,
                          part_to_come=True)
            rows.append(row)
            by_lead.setdefault(k, []).append(row)
            continue
        row = _Row(kind, status, money, None, dates[0].value if dates else None, None, None, list(lead_parties[k]),
                   sent.start, sent.end)
        rows.append(row)
        by_lead.setdefault(k, []).append(row)
    for k, parts in by_lead.items():
        # ('... shall pay the Petitioner HK$30,000,000 in full and final settlement of the debt, in three instalments:')
        # ('Total cash consideration of A$12 million for the Royalty': a stream's total, wherever it is told)
        total = sum(r.amount.amount for r in parts)
        kind = parts[0].instrument_type
        rows[:] = [r for r in rows if r in parts or not (
            r.instrument_type == kind and r.amount is not None and abs(r.amount.amount - total) <= 0.005 * total
            and (kind != "debt_settlement" or units[k].start <= r.start < units[k].end))]


def _respective_parts(doc, rows: list[_Row]) -> None:
    """One sentence that issues two kinds of shares or units side by side, each at its own price, with their proceeds
    listed after them: '4,500,000 CFT Units at C$0.22 per CFT Unit and 6,250,000 HD Units at C$0.16 per HD Unit, for
    gross proceeds of C$990,000 and C$1,000,000 respectively': a row for each part. (Parts that each carry their
    proceeds are split as the sentence is read, at ``_TRANCHE_SPLIT``.)"""
    for r in list(rows):
        if r.instrument_type not in ("private_placement", "equity_offering") or r.from_table or sum(
                1 for x in rows if x.start == r.start and x.instrument_type == r.instrument_type) > 1:
            continue
        text = doc.clean.text[r.start:r.end]
        if not _RESPECTIVELY.search(text):
            continue
        cuts = [m.end() for m in _TRANCHE_SPLIT.finditer(text)]
        counts = [_SHARES_RE.match(text, c) for c in cuts]
        first = next((m for m in _SHARES_RE.finditer(text, 0, cuts[0]) if m.group(0).lower().endswith(("shares", "units"))),
                     None) if cuts else None
        if first is None or not all(counts):
            continue
        counts = [first, *counts]
        moneys = find_money(text)
        prices, amounts = [], []
        for i, c in enumerate(counts):
            stop = counts[i + 1].start() if i + 1 < len(counts) else len(text)
            own = [m for m in moneys if c.end() <= m.start < stop]
            prices.append(next((m for m in own if _PER_SHARE.match(text[m.end:m.end + 30])), None))
            amounts = [m for m in own if not _PER_SHARE.match(text[m.end:m.end + 30])]
        # (the proceeds, in order, after the last part)
        if not all(prices) or len(amounts) != len(counts):
            continue
        at = rows.index(r)
        rows[at:at + 1] = [replace(r, amount=m, share_count=int(re.sub(r"[,\s\u00a0]", "", c.group("num"))), price=p)
                           for c, p, m in zip(counts, prices, amounts, strict=True)]


_UNIT_WARRANT = re.compile(
    r"\beach\s+(?:such\s+)?unit\s+(?:comprises|consists\s+of|is\s+comprised\s+of|is\s+composed\s+of|includes|"
    r"will\s+(?:comprise|consist\s+of))\s+one\s+(?:[\w-]+\s+){0,3}?shares?\s+(?:of\s+the\s+(?:Company|Corporation)\s+|of\s+common\s+stock\s+)?and\s+"
    r"(?P<part>one|(?:one|a)[- ](?:half|third|quarter)\s+(?:of\s+)?(?:one\s+)?|(?:one|a)[- ](?:half|third|quarter)|1/2\s+(?:of\s+)?(?:one\s+)?)\s*"
    r"(?:whole\s+)?(?:common\s+|ordinary\s+)?(?:share\s+purchase\s+|transferable\s+)?warrants?\b", re.I)


def _unit_warrants(doc, rows: list[_Row]) -> None:
    """The warrants that come with an offering's units, told by their terms only: 'Each unit comprises one common
    share and one warrant exercisable at C$0.12 until August 24, 2011', or 'Each Unit consists of one share and one
    warrant. Each warrant entitles the holder to acquire one share at $0.35 for 24 months'. Their count is not
    written, and is not derived from the units (one per unit is arithmetic), so it stays null."""
    if not rows or not any(r.instrument_type in ("private_placement", "equity_offering") for r in rows):
        return
    sentences = doc.seg.sentences
    for k, sent in enumerate(sentences):
        if sent.section != "body" or "arrant" not in sent.text:
            continue
        before = sentences[k - 1] if k else None
        m = _UNIT_WARRANT.search(sent.text)
        if m is None:
            # 'Each (whole) Warrant entitles the holder to ...' after the sentence (or clause) that puts warrants in
            # the units
            each = _EACH_WARRANT_TERMS.search(sent.text)
            if each is None or not (_UNIT_HOLDS_WARRANT.search(sent.text, 0, each.start()) or (
                    before is not None and before.unit == sent.unit and _UNIT_HOLDS_WARRANT.search(before.text))):
                continue
            text, at, end = sent.text, each.start(), sent.end
        else:
            text, at = sent.text, m.end()
            after = sentences[k + 1] if k + 1 < len(sentences) else None
            if after is not None and after.unit == sent.unit and _EACH_WARRANT.match(after.text) and not any(
                    money.start > at for money in find_money(text)):
                # the terms in the next sentence: that sentence is read on its own turn
                continue
            end = sent.end
        if _SHARES_RE.search(text, at) and re.search(r"\d[\d,.]*\s+(?:\w+\s+){0,3}warrants", text[at:]):
            continue        # the count is stated: the warrants sentence itself becomes a row
        owner = next((r for r in reversed(rows) if r.instrument_type in ("private_placement", "equity_offering")
                      and r.start <= sent.start and (r.share_count or r.price)), None)
        nxt = sentences[k + 1] if k + 1 < len(sentences) and sentences[k + 1].unit == sent.unit else None
        lo = before.start if before is not None and before.unit == sent.unit else sent.start
        hi = nxt.end if nxt is not None else end
        if owner is None or any(r.instrument_type == "warrants" and (
                lo <= r.start < hi or owner.start <= r.start < sent.start and not _AGENTS_WARRANTS.search(
                    doc.clean.text, r.start, r.end)) and not (r.start >= sent.end and _AGENTS_WARRANTS.search(doc.clean.text, r.start, r.end))
                for r in rows):
            continue        # (the warrants are already a row: 'A total of 2,900,000 Warrants were issued')
        price = next((money for money in find_money(text) if money.start > at and (
            re.search(r"\bat\s+(?:a\s+price\s+of\s+|an\s+exercise\s+price\s+of\s+)?$", text[max(0, money.start - 40):money.start])
            or _PER_SHARE.match(text[money.end:money.end + 30]))), None)
        if price is None:
            continue
        maturity = _maturity(text, at, len(text))
        if maturity is None and nxt is not None and re.match(r"\s*The\s+(?:[\w-]+\s+)?warrants\b", nxt.text, re.I):
            # ('... one warrant to purchase one share at U.S. $0.60. The warrants will be exercisable immediately upon
            # issuance and will expire on June 14, 2023.')
            maturity = _maturity(nxt.text, 0, len(nxt.text))
        warrant = _Row("warrants", owner.status, None, None, maturity, None, price, [], sent.start, end)
        rows.insert(rows.index(owner) + 1, warrant)


# 'The Agent has also been granted an option to sell an additional 750,000 Units at the Unit price', 'granted the
# Agents an option, exercisable ... up to 48 hours before closing, to sell an additional 5,625,000 Units at the
# Offering Price': more of the same units, not warrants
_MORE_UNITS = re.compile(r"\boption\b[^.;]{0,90}?\bto\s+(?:sell|purchase|acquire|buy|issue)\s+(?:up\s+to\s+)?an?\s+additional\s+"
                         r"[\d,]+\s+(?:[\w-]+\s+){0,2}?(?P<noun>unit|share)s\b[^.;]{0,20}?\bat\s+the\s+(?:[\w-]+\s+)?"
                         r"(?:unit|offering|issue|placing|placement|subscription)\s+price\b", re.I)


def _additional_units(doc, rows: list[_Row]) -> None:
    """An agent's option for more units at the offering's price: a row of the offering's own kind, at the last price
    per unit (per share) the release gave before it."""
    text = doc.clean.text
    for i, r in enumerate(rows):
        m = _MORE_UNITS.search(text, r.start, r.end) if r.instrument_type in ("warrants", "equity_offering") else None
        if m is None or r.share_count is None or r.price is not None:
            continue
        owner = next((x.instrument_type for x in reversed(rows[:i]) if x.instrument_type in ("private_placement",
                                                                                           "equity_offering")), None)
        per = [x for x in find_money(text[:r.start]) if re.match(rf"\s*per\s+(?:\w+\s+)?{m.group('noun')}\b",
                                                                 text[x.end:x.end + 30], re.I)]
        if per:
            r.price, r.maturity = per[-1], None
            r.instrument_type = owner or ("private_placement" if re.search(r"\bprivate\s+placement|\bplacing\b",
                                                                           text[:r.start], re.I) else "equity_offering")


# 'Each FT Unit consists of one common share ... and one-half of one common share purchase warrant'
_UNIT_HOLDS_WARRANT = re.compile(r"\beach\s+(?:[\w-]+\s+){0,2}?units?\b[^.;]{0,250}?\bwarrants?\b", re.I)
_EACH_WARRANT_TERMS = re.compile(r"(?:^|[.;,]\s*|\band\s+)each\s+(?:whole\s+|full\s+)?(?:share\s+purchase\s+)?warrants?\b"
                                 r"(?:\s*\([^)]{0,60}\))?,?\s+(?:will\s+)?(?:entitles?|entitling|is\s+exercisable|being\s+exercisable|"
                                 r"exercisable|may\s+be\s+exercised)\b", re.I)
_AGENTS_WARRANTS = re.compile(r"\b(?:finder|broker|agent|compensation|advisor|adviser|underwriter)s?'?s?\b", re.I)


_EACH_WARRANT = re.compile(r"\s*Each\s+(?:whole\s+|full\s+)?(?:share\s+purchase\s+|common\s+share\s+purchase\s+|"
                           r"(?-i:[A-Z][a-z]+)\s+|(?:finder|broker|agent|advis[eo]r)(?:'s|s'|s)?\s+)?"
                           r"warrants?\b", re.I)
_WARRANT_TERMS = re.compile(r"\bwarrants?\b[^.;]{0,120}?\b(?:at\s+(?:a\s+price\s+of\s+|an\s+exercise\s+price\s+of\s+)?|"
                            r"exercise\s+price\s+of\s+)(?=(?:US|C|CDN|A)?\$|£|\d+(?:\.\d+)?\s?p\b)", re.I)


def _same_terms(rows: list[_Row]) -> None:
    """'... and 2,000,000 options on the same terms as the attaching options': the price and expiry of the warrants
    the sentence refers to (stated before it, else after)."""
    for i, r in enumerate(rows):
        if r.instrument_type != "warrants" or r.price is not None or not r.same_terms:
            continue
        ref = next((x for x in reversed(rows[:i]) if x.instrument_type == "warrants" and x.price is not None), None) or \
            next((x for x in rows[i + 1:] if x.instrument_type == "warrants" and x.price is not None), None)
        if ref is not None:
            r.price, r.maturity = ref.price, r.maturity or ref.maturity


def _warrant_terms(doc, rows: list[_Row]) -> None:
    """'Each whole warrant entitles the holder to purchase one share at a price of $0.60 until March 15, 2006. A total
    of 2,900,000 Warrants were issued': the count's row takes the terms stated in the sentence before it."""
    sentences = doc.seg.sentences
    for r in rows:
        if r.instrument_type != "warrants" or r.price is not None:
            continue
        idx = next((i for i, s in enumerate(sentences) if s.start == r.start), None)
        if idx is None:
            continue
        # (the sentences before it, then the one after: 'A total of 7,350,000 Incentive Warrants were issued on
        # October 16, 2018. Each Incentive Warrant entitles the holder to purchase one share at $0.25 until ...')
        nearby = [*reversed(sentences[max(0, idx - 2):idx]), *sentences[idx + 1:idx + 2]]
        for other in nearby:
            if other.unit != sentences[idx].unit:
                continue
            if other.start > r.start and not _EACH_WARRANT.match(other.text):
                continue
            m = _WARRANT_TERMS.search(other.text)
            money = next((x for x in find_money(other.text) if x.start == m.end()), None) if m else None
            if money is not None:
                r.price = money
                r.maturity = r.maturity or _maturity(other.text, money.end, len(other.text))
                break


# 'has conditionally raised £1.2 million through a placing ..., and that its largest shareholder has advanced a
# convertible loan': each clause tells its own instrument's status
_STATUS_CLAUSE = re.compile(r";|,?\s+and\s+that\b|,\s+(?:while|whereas)\b")


def _clause_status(text: str, at: int, context: str | None) -> str | None:
    """The status the clause holding an instrument's words gives, when the sentence has several clauses."""
    cuts = [m.start() for m in _STATUS_CLAUSE.finditer(text)]
    if not cuts:
        return None
    bounds = [0, *cuts, len(text)]
    lo, hi = next((a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a <= at < b or b == len(text))
    return _status(text[lo:hi], context)


def _status(text: str, context: str | None) -> str:
    if _IN_DEFAULT.search(text):
        return "in_default"
    if context == "proposed" or _PROPOSED.search(text):
        return "proposed"
    if _CLOSED.search(text) or _DONE.search(text):
        return "closed"
    return "announced"


_CONVERSION_PRICE_IS = re.compile(r"\b(?:initial\s+)?conversion\s+price\s+(?:is|will\s+be|was)\s+(?:approximately\s+|about\s+)?", re.I)
_INTENDED_USE = re.compile(r"\b(?:intends?|plans?|expects?|proposes?)\s+to\s+use\b|\b(?:will|shall|is\s+to|are\s+to)\s+(?:be\s+)?"
                           r"(?:used|applied|use|apply)\b[^.;]{0,120}?\bto\s+(?:repay|redeem|retire|settle|prepay)\b", re.I)


_NUMBER_CUT = re.compile(r"\d[,.]?$")


def _share_count(text: str, lo: int, hi: int, issued_only: bool = False) -> int | None:
    """The count of shares, units, warrants or options a stretch of text gives: the part of a series ('exercised
    7,350,000 of the 10,200,000 warrants'), a stated total ('..., a total of 37,500,000 shares'), else the first count
    (not a series' date, 'the November 2020 Warrants'; with ``issued_only``, not shares on issue or outstanding)."""
    part = _N_OF_M.search(text, lo, hi) or _A_TOTAL_OF.search(text, lo, hi)
    if part:
        return int(part.group("n").replace(",", ""))
    worded = _WORD_SHARES_RE.search(text, lo, hi)
    first = _SHARES_RE.search(text, lo, hi)
    if worded and (first is None or worded.start() < first.start()):
        # 'twenty million new shares at NZ 12 cents per share'
        return word_number(worded) * 1_000_000
    for sm in _SHARES_RE.finditer(text, lo, hi):
        if _NUMBER_CUT.search(text, max(0, sm.start() - 2), sm.start()):
            continue        # (the tail of a number the stretch cuts: '0 flow-through shares' of '375,000 ...')
        if _AMOUNT_BOUND.search(text, max(0, sm.start() - 30), sm.start()) and not _OPTIONS_UP_TO.search(
                text, max(0, sm.start() - 120), sm.start()):
            return None     # 'has agreed to place, on a best efforts basis, up to 150,000,000 new Shares': a ceiling
        if _CAPITAL_BEFORE.search(text, max(0, sm.start() - 80), sm.start()):
            continue        # '... the issued ordinary share capital of Waaikraal, which now comprises 300 000 000 shares'
        if _MONTH_BEFORE.search(text, max(0, sm.start() - 12), sm.start()) or issued_only and re.match(
                r"\s+(?:on\s+issue|outstanding)\b", text[sm.end():sm.end() + 20]):
            continue
        if re.match(r"[^.;]{0,40}?\b(?:warrants|options)\b", text[sm.end() - 30:sm.end()]) and (
                total := _A_TOTAL_OF_RIGHTS.search(text, sm.end(), min(len(text), sm.end() + 80))):
            # 'subscribers received 1,000 common share purchase warrants, for a total of 3,500,000 warrants': the total
            return int(total.group("n").replace(",", ""))
        n = float(re.sub(r"[,\s]", "", sm.group("num")))
        return int(round(n * 1e6 if sm.group("scale") else n))
    return None



def _update_from_reference(row: _Row, text: str, doc, at: int | None = None) -> None:
    if not row.parties:
        row.parties = _parties(text, doc, {})
    if at is not None and row.price is None and row.instrument_type in ("private_placement", "equity_offering") and \
            _AT_OFFER_PRICE.search(text):
        row.same_price_at = at      # ('The Share Purchase Plan ... raising A$7.5 million through the issue of 6.0
        #                             million shares at the same price'): the price of the issue told before it
    if row.amount is None and row.instrument_type in ("private_placement", "equity_offering"):
        # 'The gross proceeds from the Subscription will be HK$50,400,000': what the placement raises
        cue = _GROSS_PROCEEDS.search(text) or _WILL_RAISE.search(text)
        # (but 'The maximum gross proceeds of the Placing will be HK$57 million' is a ceiling)
        row.amount = next((m for m in find_money(text) if cue and m.start >= cue.end() and m.start - cue.end() <= 40
                           and not _PER_SHARE.match(text[m.end:m.end + 30])
                           and not _MAXIMUM_BEFORE.search(text, max(0, m.start - 80), m.start)), None)
    for money in find_money(text):
        head = text[max(0, money.start - 60): money.start]
        if _PER_SECURITY.match(text[money.end: money.end + 30]) or re.search(r"(?:per|each|every)\s+$", head):
            continue
        if _PER_SHARE.match(text[money.end: money.end + 30]) or _PRICE_BEFORE.search(head):
            if row.price is None or re.search(r"\bto\s+$", head):
                row.price = money
    if re.search(r"\bexchangeable\b|\bexchang(?:e|ed|ing)\s+(?:for|into)\b|\bexchange\s+(?:price|ratio)\b", text, re.I) and row.price is not None and \
            row.instrument_type in _ACTIONS:
        row.instrument_type = "exchangeable_loan"
    elif re.search(r"\bconver(?:sion|tible)\b", text, re.I) and row.price is not None and row.instrument_type in _ACTIONS \
            and not _CONVERSION_NOTICE.search(text) and not _CONVERSION_DONE.search(text):
        row.instrument_type = "convertible_debenture"
    if row.share_count is None and row.instrument_type == "convertible_debenture" and _FULL_CONVERSION.search(text):
        # 'Full conversion of the Notes would result in the issue of 31,250,000 ordinary shares'
        full = _FULL_CONVERSION.search(text)
        row.share_count = int((full.group("n") or full.group("n2")).replace(",", ""))
    if row.share_count is None and row.instrument_type in ("private_placement", "equity_offering") or (
            row.share_count is None and row.instrument_type == "debt_settlement" and _CONVERSION_DONE.search(text)):
        # ('Accordingly, 80,000,000 Conversion Shares have been allotted and issued to the Bondholder')
        # ('The Entitlement Offer comprises 98,612,540 New Shares to raise approximately A$4.44 million')
        row.share_count = _share_count(text, 0, len(text), issued_only=True)
    if row.maturity is None and row.instrument_type not in ("private_placement", "equity_offering"):
        # (a placement's 'hold period expiring on ...' is no maturity; a repayment's is the day it was made: 'On 31
        # March 2008 the Company made the scheduled repayment of A$2.0 million' after the highlight that told it)
        row.maturity = _maturity(text, 0, len(text), row.instrument_type in _ACTIONS)
    if row.interest is None:
        if _ZERO_RATE.search(text):
            row.interest = 0.0
        else:
            row.interest = _fixed_rate(text, 0, len(text))


_WILL_RAISE = re.compile(r"\b(?:will|would|is\s+expected\s+to)\s+raise\s+(?:approximately\s+)?(?=\S*\d)", re.I)
# ('... convertible at a conversion price of U.S. $1.85 per share, or an aggregate of 9,729,730 common shares')
_FULL_CONVERSION = re.compile(r"(?:\b(?:full\s+conversion|converted\s+in\s+full|if\s+fully\s+converted)\b[^;]{0,120}?|"
                              r"\bconversion\s+price\s+of\s+[^;]{0,40}?\bper\s+(?:common\s+|ordinary\s+)?share,?\s+or\s+"
                              r"(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?)\b"
                              r"(?P<n>\d{1,3}(?:,\d{3})+)\s+(?:new\s+)?(?:ordinary\s+|common\s+|conversion\s+)?shares\b|"
                              # 'Conversion Shares: a maximum of 300,000,000 new Shares upon full conversion'
                              r"\b(?P<n2>\d{1,3}(?:,\d{3})+)\s+(?:new\s+)?(?:ordinary\s+|common\s+|conversion\s+)?shares\s+"
                              r"(?:will\s+be\s+issued\s+)?(?:up)?on\s+(?:the\s+)?full\s+conversion\b", re.I)
_COUNTED_OPTIONS = re.compile(r"\b\d{1,3}(?:,\d{3})+\s+(?P<o>options)\b", re.I)
# options issued (not granted) and exercisable at a price: to a lender, a vendor or an adviser, not to the staff
_OPTIONS_EXERCISABLE = re.compile(r"\b\d{1,3}(?:,\d{3})+\s+(?:unlisted\s+|new\s+)?(?P<o>options)\s+(?:over\s+(?:\w+\s+){0,3}?shares\s+)?"
                                  r"(?:each\s+|which\s+are\s+)?(?:exercisable|with\s+an\s+exercise\s+price)\b", re.I)
_STAFF_WORDS = r"directors?|employees?|officers?|staff|executives?"
_STAFF = re.compile(rf"\b(?:{_STAFF_WORDS}|consultants?|incentive|ESOP|plan|CEO|CFO|COO|chair(?:man|woman|person)?|"
                    r"(?:Mrs?|Ms|Dr)\.?\s+[A-Z])\b", re.I)
_GRANTED = re.compile(r"\bgrant(?:s|ed|ing)?\b", re.I)
# options already on issue, restated ('the 18,500,000 unlisted options exercisable at A$0.25 will become 1,850,000 ...')
_OPTIONS_ON_ISSUE = re.compile(r"\b(?:consolidat\w*|on\s+issue|outstanding|will\s+become|expired|lapsed)\b", re.I)
_TO_STAFF = re.compile(rf"\s+to\s+(?:the\s+|its\s+|(?:\w+\s+){{0,2}})?(?:{_STAFF_WORDS}|management)\b", re.I)
_ATTACHING = re.compile(r"\battaching\s+(?:options?|warrants?)\b|"
                        r"\bone\s+(?:free\s+)?(?:\w+\s+)?(?:warrant|option)\s+for\s+every\b", re.I)
_EACH_LENT = re.compile(r"\beach\s+(?:(?:has|have|had)\s+)?(?:advanced|lent|loaned|provided|agreed\s+to\s+(?:advance|lend|provide))\b", re.I)
_OPENS_LONG_AGO = re.compile(rf"\s*In\s+(?:(?:{MONTH_PATTERN})\s+)?(?P<y>(?:19|20)\d\d),?\s")
_BALANCE_LEFT = re.compile(r"\b(?:leaving|leaves|left|reducing\s+(?:the\s+)?(?:amount|balance|principal)\s+(?:outstanding\s+)?to)\s+"
                           r"(?:a\s+balance\s+of\s+|an?\s+)?(?:approximately\s+)?$", re.I)
_CONVERSION_DONE = re.compile(r"\bconversion\s+shares?\b[^.;]{0,40}?\b(?:have|has)\s+been\s+(?:allotted|issued)\b", re.I)
_CONVERSION_NOTICE = re.compile(r"\b(?:received|receipt\s+of)\s+(?:a\s+|the\s+)?(?:\w+\s+)?conversion\s+notices?\b", re.I)
_BARE_LOAN = re.compile(r"loans?(?:\s+agreement)?", re.I)
_TERM_LABEL_AFTER = re.compile(r"\s+(?:amount|principal)\s*:")
_THE_BEFORE = re.compile(r"\b(?:the|this|that|such|its)\s+$", re.I)
_PLAIN_LOAN = re.compile(r"(?:bridge\s+)?loans?(?:\s+agreement)?", re.I)
# a lender who leads the issuer ('... from Mr. Darrell K. Hume, Chairman of the Company')
_INSIDER_LENDER = re.compile(r"(?<!Board\sof\s)\b(?:Chairman|Chairwoman|Chair|President|CEO|Chief\s+Executive(?:\s+Officer)?|"
                             r"Managing\s+Director)\b(?!\s+said)|"
                             # ('a loan agreement with Hongtai ..., the controlling shareholder of the Company')
                             r"\b(?i:controlling|substantial)\s+shareholder\b")
_UNSECURED_STATED = re.compile(r"\b(?:is|are|was|were|will\s+be|to\s+be|remains?)\s+(?:\w+\s+)?unsecured\b", re.I)
_SECURITY = re.compile(r"\b(?:(?<!un)secured|security|pledge[ds]?|mortgages?|charges?\s+over|collateral\w*|hypothec\w*|"
                       r"general\s+security|GSA|debenture\s+over)\b", re.I)


def _note_loan_words(text: str, paragraph: str, matches: list) -> re.Pattern | None:
    """The loan words of a sentence that name an unsecured note rather than a secured loan: a loan its paragraph calls
    unsecured ('... each advanced $75,000 to the Company (together, the "Loans"). The Loans are unsecured, ...'), one
    its sentence calls unsecured ('its unsecured, interest-free loan of HK$45,000,000'), or one an insider lends
    ('Hassayampa's Chairman, Leland Quarrier, has advanced a bridge loan of $750,000 to the Company'), when nothing
    secures it."""
    def named(words: re.Pattern) -> bool:
        return any(t == "secured_loan" and words.fullmatch(text, a, b) for t, a, b in matches)
    if named(_BARE_LOAN) and _UNSECURED_STATED.search(paragraph) and not _SECURITY.search(paragraph):
        return _BARE_LOAN
    if named(_PLAIN_LOAN) and (re.search(r"\bunsecured\b", text, re.I) and not _SECURITY.search(text)
                               or _INSIDER_LENDER.search(text) and not _SECURITY.search(paragraph)):
        return _PLAIN_LOAN
    return None


_SAME_TERMS = re.compile(r"\b(?:on|with|having)\s+(?:the\s+)?(?:same|identical)\s+terms\s+(?:as|to)\b", re.I)
# ('... for 38,640,000 Open Offer Shares at the same price', '... offered to eligible shareholders at the placement price')
_AT_OFFER_PRICE = re.compile(r"\bat\s+the\s+(?:same\s+(?:(?:offering|issue|placing|placement|subscription|offer)\s+)?|"
                             r"(?:offering|issue|placing|placement|subscription|offer|SPP|plan|rights\s+issue)\s+)price\b", re.I)


def _filled(fact: FinancingFact) -> int:
    return sum(v is not None for v in (fact.amount, fact.interest_rate_pct, fact.maturity_date, fact.share_count,
                                       fact.price_per_share)) + bool(fact.counterparties)


_UNDER_IT = re.compile(r"\b(?:under|from)\s+(?:the|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:limit|line|facility|facilities|"
                       r"agreement|loan|revolver)\b", re.I)
_AMOUNT_FINANCED = re.compile(r"^\s*(?:The\s+)?(?:amount|sum|principal)\s+(?:financed|borrowed|of\s+the\s+(?:loan|lease|facility|"
                              r"financing))\s+(?:is|was|will\s+be|totals?|totalled|amounts\s+to)\s+(?:approximately\s+)?", re.I)
# 'Each Unit was sold at a price of $0.40 and consists of ...': the price of every unit of the offer
_UNIT_SOLD_AT = re.compile(r"\bEach\s+(?:[\w-]+\s+)?Unit\s+(?:was|is|will\s+be)\s+(?:sold|issued|offered|priced)\s+at\s+"
                           r"(?:a\s+(?:subscription\s+|issue\s+)?price\s+of\s+)?$", re.I)


# the broker or agent who places the shares with investors is no party to the placement: 'Cheapside Capital Markets
# Limited, the Company's broker, has conditionally placed ...', 'placed by Kowloon Bay Securities Limited, the Placing
# Agent, to not less than six Placees', 'with institutional investors introduced by Kings Park Securities Pty Ltd'
# ('placed by A and B, as joint bookrunners, with institutional and other investors'): each of the brokers listed
_BROKER_AFTER = re.compile(r"\s*(?:\(\s*(?:the\s+)?\"[^\"]{1,40}\"\s*\)\s*)?(?:\s+and\s+(?-i:[A-Z])[^,;()]{2,60}(?=,\s+as\s))?"
                           r",?\s+(?:(?:the\s+(?:Company|Corporation|Group)'s|its|our)\s+(?:sole\s+|joint\s+)?"
                           r"broker|(?:as\s+|the\s+)(?:sole\s+|joint\s+)?(?:placing\s+agents?|brokers?|bookrunners?))\b", re.I)
_BROKER_BEFORE = re.compile(r"\b(?:introduced|arranged)\s+by\s+$", re.I)


# the issuer's own broker, wherever the release names it so: 'Harrowgate Securities Limited (Nominated Adviser and
# Broker)' among the contacts, 'by Moorgate Partners LLP, acting as sole bookrunner', 'Sai Wan Securities Limited (the
# "Placing Agent")', 'Arden Hill Securities Limited, the Company's broker'
_BROKER_ROLE = re.compile(r"\s*(?:\(\s*(?:the\s+)?\"(?:Placing\s+Agent|Broker)\"\s*\)|\(\s*(?:Nominated\s+Adviser\s+and\s+)?"
                          r"(?:Joint\s+)?Broker\s*\)|,?\s+acting\s+as\s+(?:sole\s+|joint\s+)?(?:broker|bookrunner|placing\s+agent)"
                          r"s?\b|,\s+(?:the\s+(?:Company|Corporation|Group)'s|its)\s+(?:sole\s+|joint\s+)?(?:broker|placing\s+agent)\b)", re.I)
_PLACED_TYPES = ("private_placement", "equity_offering", "convertible_debenture")


def _company_brokers(text: str) -> set[str]:
    """The names the release gives as the issuer's broker or placing agent: no investor in what they place."""
    return {m.group(1) for m in ISSUER_RE.finditer(text) if _BROKER_ROLE.match(text, m.end(1))}


def _placing_broker(party: str, text: str, lo: int, hi: int) -> bool:
    """Whether the sentence holding a placement names this party as the broker or agent who placed it."""
    if party.lower() == "placing agent":
        return True
    # (the name as the text writes it, perhaps broken over lines)
    found = re.compile(r"\s+".join(map(re.escape, party.split()))).search(text, lo, hi)
    return found is not None and bool(_BROKER_AFTER.match(text, found.end()) or
                                      _BROKER_BEFORE.search(text, max(0, found.start() - 20), found.start()))


_SECURITY_RATE = re.compile(r"\d\s*(?:%|per\s*cent\.?)\s+(?:[\w-]+\s+){0,4}?(?:notes|debentures|bonds)\b", re.I)


# a company the issuer holds most of, by its name and short name: 'operated by Esiama Goldfields Limited ("EGL"), in
# which the Company holds a 90 per cent interest', 'The Company holds 90 per cent of Dominase Gold Mines Limited
# ("DGML")'; and a subsidiary named after the issuer's own short name or with its legal form first: 'Bounkani's wholly
# owned subsidiary, Téhini Gold SA', 'the Company's subsidiary OOO Ulgen Zoloto'
_HELD_NAME = r"(?P<full>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5})\s*\(\s*(?:the\s+)?\"(?P<short>[^\"]{2,30})\"\s*\)"
_HELD_SHARE = r"(?:[5-9]\d|100)(?:\.\d+)?\s*(?:%|per\s*cent\.?)"
_HELD_COMPANY = re.compile(
    _HELD_NAME + r",?\s+in\s+which\s+(?:the\s+(?:Company|Corporation|Group)|it|we)\s+(?:holds|has|owns)\s+(?:an?\s+)?"
    + _HELD_SHARE + r"|\b(?:Company|Corporation|Group)\s+(?:holds|owns)\s+" + _HELD_SHARE + r"\s+of\s+(?:the\s+(?:shares|"
    r"issued\s+(?:share\s+)?capital)\s+(?:of|in)\s+)?" + _HELD_NAME.replace("full", "full2").replace("short", "short2"))
_OWN_SUBSIDIARY = re.compile(r"(?:\b[A-Z][\w-]+['\u2019]s|\b(?:its|the\s+(?:Company|Corporation|Group)['\u2019]s))\s+"
                             r"(?:[\w%-]+\s+){0,3}?subsidiary,?\s+(?P<name>(?:OOO|ZAO|OAO|TOO|LLP|PT|AO)\s+[A-Z][\w-]*"
                             r"(?:\s+[A-Z][\w-]*){0,3}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+(?:SA|S\.A\.|SARL|SAS|Ltd\.?|"
                             r"Limited|LLC|Inc\.?|AG|Oy|AB|AS|GmbH|LLP|Pty\s+Ltd))(?=[\s,;:.)])")


def _held_companies(doc) -> set[str]:
    text = doc.clean.text
    out: set[str] = set()
    for m in _HELD_COMPANY.finditer(text):
        out |= {m.group("full") or m.group("full2"), m.group("short") or m.group("short2")}
    issuer_short = (doc.issuer or "").split()[:1]
    for m in _OWN_SUBSIDIARY.finditer(text):
        owner = re.match(r"([A-Z][\w-]+)['\u2019]s", m.group())
        if owner is None or owner.group(1) in ("Company", "Corporation", "Group") or [owner.group(1)] == issuer_short:
            out.add(m.group("name"))
    return {" ".join(n.split()) for n in out if n and not SELF_REFERENCE.fullmatch(n)}     # (a name over two lines, one)


def _own_name(party: str, own: set[str]) -> bool:
    """Whether a party is one of the issuer's own subsidiaries, also by the tail of its name a short name was read
    with ('the Company's Malian subsidiary, Société des Mines de Nangalasso SA ("SMN")' read as 'Mines de Nangalasso
    SA')."""
    return party in own or any(o.endswith(" " + party) for o in own if len(party.split()) >= 2)


def _finalize(rows: list[_Row], doc, defined: dict[str, list[str]], shown=None) -> list[FinancingFact]:
    shown = shown or doc      # (the evidence as the release writes it)
    out: list[FinancingFact] = []
    lenders = next((v for k, v in defined.items() if k.rstrip("s") in ("lender", "noteholder", "holder")), None)
    needs_price = any(r.price is None and r.instrument_type in ("private_placement", "equity_offering") for r in rows)
    placement_prices = {} if not needs_price else {round(m.amount, 6): m for sent in doc.seg.sentences
                        if sent.section == "body"
                        for m in find_money(sent.text)
                        if _UNIT_SOLD_AT.search(sent.text, max(0, m.start - 60), m.start) or _PER_SHARE.match(
                            sent.text[m.end:m.end + 30]) and re.search(
                            r"\b(?:sold|issued|offered|priced|placed)\s+at\s+(?:a\s+price\s+of\s+)?$|"
                            r"\bunits?\b[^.]{0,60}\bat\s+(?:a\s+price\s+of\s+)?$|"
                            r"\b(?:offer|offering|issue|placing|placement|subscription)\s+price\s+of\s+$",
                            sent.text[max(0, m.start - 80):m.start], re.I)}
    last_price = None
    for r in rows:
        if r.price is None and r.same_price_at >= 0:
            r.price = next((o.price for o in sorted(rows, key=lambda o: -o.start) if o.start < r.same_price_at
                            and o is not r and o.price is not None
                            and o.instrument_type in ("private_placement", "equity_offering")), None)
        if not r.parties and lenders and r.instrument_type in _LOANS | {"debt_repayment"}:
            r.parties = list(lenders)
        if r.instrument_type in ("private_placement", "equity_offering"):
            if r.price is None and last_price is not None and _AT_OFFER_PRICE.search(doc.clean.text, r.start, r.end):
                r.price = last_price    # 'an additional 3,000,000 shares at the offering price'
            last_price = r.price or last_price
        if r.price is None and r.instrument_type in ("private_placement", "equity_offering") and len(placement_prices) == 1:
            r.price = next(iter(placement_prices.values()))
    # the issuer and its own subsidiaries ('Emlembe Gold Mining (Pty) Ltd ("EGM"), its wholly owned subsidiary') are
    # the borrower's side, never a counterparty
    own = set(own_subsidiaries(doc.clean.text)) | _held_companies(doc)
    brokers = _company_brokers(doc.clean.text) if any(r.instrument_type in _PLACED_TYPES and r.parties for r in rows) \
        else set()
    issuer_first = ISSUER_FORM_FIRST.sub("", doc.issuer).split()[0].lower() if doc.issuer else None
    seen: dict[tuple, int] = {}
    lent_before: set[int] = set()   # facts whose lenders an earlier sentence gave: their own mention's come first
    table_rows: dict[int, int] = {}     # facts read from a table's row: where the row is
    for r in rows:
        if r.instrument_type in _LOANS and r.amount is None and r.interest is None and r.maturity is None \
                and r.price is None and r.share_count is None and not r.in_gold:
            continue    # 'the bonus shares issued for that loan were disclosed ...': a loan spoken of, with no term
            #             (but 'the Company drew down a gold loan of 12,000 ounces from ...' is one, in gold)
        amount = r.amount.amount if r.amount else None
        currency = resolve_currency(r.amount, doc, False) if r.amount else None
        if r.instrument_type in _PLAIN_LOANS | {"debt_repayment", "debt_transfer", "royalty_stream"}:
            # (a plain loan, a repayment or a stream has no price per share: 'bonus shares ... at a deemed price of
            # $0.10', a share price told in the highlights beside 'US$18.0 million of project debt repaid')
            r.price = None
        price = r.price.amount if r.price else None
        price_currency = resolve_currency(r.price, doc, True) if r.price else None
        if r.instrument_type in ("debt_repayment", "debt_transfer") or r.instrument_type == "debt_settlement" and \
                _SECURITY_RATE.search(doc.clean.text, r.start, r.end):
            # ('redeem all $200 million of its outstanding 8.25% senior notes due 2017', 'holders of the 9.875% Senior
            # Secured Notes due 2024 will receive 100% of the new common stock'): the rate of the debt paid or
            # settled, no rate of the payment's own
            r.interest = None
        fact = FinancingFact(
            instrument_type=r.instrument_type, status=r.status, amount=amount, currency=currency,
            interest_rate_pct=r.interest, maturity_date=r.maturity, share_count=r.share_count,
            price_per_share=price, price_currency=price_currency,
            counterparties=tuple(p for p in r.parties if not SELF_REFERENCE.fullmatch(p) and not _own_name(p, own)
                                 and p.split()[0].lower() != issuer_first and not (
                                     r.instrument_type in ("private_placement", "equity_offering")
                                     and _placing_broker(p, doc.clean.text, r.start, r.end)) and not (
                                     r.instrument_type in _PLACED_TYPES and p in brokers)),
            evidence=shown.evidence(r.start, r.end, "financings.sentence"),
        )
        key = (fact.instrument_type, fact.amount, fact.currency, fact.share_count) + ((r.lender_part,) if r.lender_part else ())
        if key not in seen and not r.lender_part:
            # the same instrument mentioned again with one of its figures: 'the placement of 50,000,000 shares'
            key = next((k for k in seen if k[0] == key[0] and (
                (k[3] is not None and k[3] == key[3] and (k[1] is None or key[1] is None))
                or (k[1] is not None and key[1] is not None and abs(k[1] - key[1]) <= 0.005 * max(k[1], key[1])
                    and k[2] == key[2] and (k[3] is None or key[3] is None)))), key)
            # ('- $10.0 million flow-through financing closed in January' in the highlights and 'a bought-deal private
            # placement of 2,150,000 flow-through common shares ... for gross proceeds of $9,997,500': one placement)
        prev = out[seen[key]] if key in seen else None
        if prev is not None and (
                prev.price_per_share is not None and fact.price_per_share is not None
                and abs(prev.price_per_share - fact.price_per_share) > 1e-9
                or prev.maturity_date and fact.maturity_date and prev.maturity_date != fact.maturity_date):
            prev = None     # ('exercised 7,350,000 warrants at $0.15' and '7,350,000 Incentive Warrants at $0.25'): two
            key = (*key, len(out))
        if prev is not None and r.from_table and table_rows.get(seen[key], r.start) != r.start:
            prev = None     # (two rows of one table that are alike: 'Second deposit ... 15.0' after 'First deposit ... 15.0')
            key = (*key, len(out))
        if prev is not None:
            # the fuller mention (a body sentence beside a highlight's bullet) gives the evidence and status
            fuller = _filled(fact) > _filled(prev)
            # (the sum of the fuller mention over a highlight's rounding of it)
            its_amount = prev.amount is None or fuller and fact.amount is not None
            out[seen[key]] = replace(
                prev,
                # (a highlight's 'raising A$2.0 million' and the body's 'the SPP raised A$2,000,000': done)
                status=fact.status if fuller or (prev.status == "announced" and fact.status == "closed") else prev.status,
                evidence=fact.evidence if fuller else prev.evidence,
                amount=fact.amount if its_amount else prev.amount,
                currency=fact.currency if its_amount else prev.currency,
                share_count=prev.share_count if prev.share_count is not None else fact.share_count,
                interest_rate_pct=prev.interest_rate_pct if prev.interest_rate_pct is not None else fact.interest_rate_pct,
                maturity_date=prev.maturity_date or fact.maturity_date,
                price_per_share=prev.price_per_share if prev.price_per_share is not None else fact.price_per_share,
                price_currency=prev.price_currency or fact.price_currency,
                counterparties=fact.counterparties if seen[key] in lent_before and fact.counterparties and
                not r.lent_before else prev.counterparties or fact.counterparties,
            )
            if fact.counterparties and not r.lent_before:
                lent_before.discard(seen[key])
            continue
        if r.lent_before:
            lent_before.add(len(out))
        if r.from_table:
            table_rows[len(out)] = r.start
        seen[key] = len(out)
        out.append(fact)
    return out


def _runs_on(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with its clauses read to the sentence's end ('[^.;]', '[^:.;]', '[^.]') running on past a period
    that ends none."""
    runs = re.sub(r"\[\^[;:%]*\.[;:%]*\]", lambda m: f"(?:{m.group()}|{_NO_STOP})", pattern.pattern)
    return re.compile(runs, pattern.flags) if runs != pattern.pattern else pattern


# (every recognizer of this module, so that 'U.S.$' or 'Sept.' ends none of their clauses)
for _name, _pattern in list(globals().items()):
    if isinstance(_pattern, re.Pattern):
        globals()[_name] = _runs_on(_pattern)
_INSTRUMENT_RES = tuple((t, _runs_on(p), words) for t, p, words in _INSTRUMENT_RES)
