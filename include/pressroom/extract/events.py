"""Corporate and legal events: awards, judgments, proceedings, challenges, executive changes.

Triggers (a verb with its object: "tribunal ... ordered", "filed suit", "the appointment
of X as Y") find events in body sentences. Each event takes the date nearest its trigger
(never the release date), the venue (court or tribunal by its full name; short forms such
as "the DC court" resolve to the full name used elsewhere in the release), the other
party, an amount, and for executive changes the person and role. Mentions of one event
within a release are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pressroom.extract.dates import MONTH_PATTERN, find_dates_near, month_number
from pressroom.extract.doc import HEARSAY
from pressroom.extract.header import ISSUER_RE, WIRE_SERVICE
from pressroom.extract.money import find_money, resolve_currency
from pressroom.extract.parties import (
    HONORIFIC,
    HONORIFIC_PERSON,
    HONORIFIC_WORDS,
    SELF_REFERENCE,
    cued_parties,
    own_subsidiaries,
)
from pressroom.extract.places import country_of
from pressroom.models import EventFact

_ROLE = (
    r"(?:(?:Interim|Acting|interim|acting|Executive|Senior|Non-Executive|Independent|Lead|Deputy|Group|Joint|joint)\s+)*"
    r"(?:Chief\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+Officer|Chief\s+Executive(?!\s+Officer)\b|"
    # a seat on the board ('a non-executive director', 'an independent Non-Executive Director')
    r"(?i:(?:independent|non-executive|non-independent)\s+){1,2}[Dd]irector\b|chief\s+(?:executive|financial|operating|technical|"
    r"development|commercial|legal|information|investment|sustainability)\s+officer|company\s+secretary|President(?:\s+(?:and|&)\s+(?:Chief\s+[A-Z]\w+\s+Officer|CEO|COO))?"
    r"|Chair(?:man|woman|person)?(?:\s+of\s+the\s+Board)?|Vice[- ]President(?:,?\s+(?:of\s+)?[A-Z][\w&]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w&]+){0,3})?"
    r"|(?:Senior\s+)?VP(?:,?\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2})?|Director(?:\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?|Corporate\s+Secretary"
    r"|General\s+Manager(?:,\s+(?:Operations|Exploration|Finance|Projects|Corporate\s+Development))?|General\s+Counsel|Treasurer|Controller|Mine\s+Manager|Company\s+Secretary|CEO|CFO|COO|CTO|CSO"
    r"|(?:Financial|Finance|Managing|Operations|Technical|Exploration|Commercial|General|Project|Projects|Development)\s+Director"
    r"|(?:Administration|Finance|Financial|Operations|Exploration|Technical|Commercial|Legal|Project|Projects|Mining|"
    r"Processing|Geology|Country|Site|Plant)(?:\s+(?:and|&)\s+(?:Administration|Finance|Operations|Exploration|Legal|"
    r"Projects|Mining|Processing))?\s+Manager"
    r"|chief\s+(?:executive|financial|operating|technical|technology|commercial|development)\s+officer"
    r"|(?:financial|finance|managing|operations|technical)\s+director|company\s+secretary|general\s+manager)"
)
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_SURNAME_TITLE = r"(?:Mr|Ms|Mrs|Dr)\.?\s+"     # the titles a release names a person by with the surname alone
_PERSON = (
    # 'Mr T Ndlovu', 'Ms J.K. Mahlangu': an honorific, initials and a surname
    r"(?:Mr|Ms|Mrs|Dr)\.?\s+(?:[A-Z]\.?\s?){1,3}(?<=\s)(?:(?:van|von|de|der|den|du|la|le)\s+){0,2}(?=[" + _UP + r"][a-z])"
    r"(?:Ma?c(?=[" + _UP + r"]))?[" + _UP + r"][a-z\u00df-\u00ff\u0100-\u024f']+(?:-[" + _UP + r"][a-z\u00df-\u00ff\u0100-\u024f']+)?(?![\w'-])|"
    r"(?:(?:" + HONORIFIC_WORDS + r")\.?\s+)?(?:(?:Ma?c(?=[" + _UP + r"]))?[" + _UP + r"][a-z\u00df-\u00ff\u0100-\u024f']+(?:-[" + _UP + r"]?[a-z\u00df-\u00ff\u0100-\u024f']+)?|[A-Z]\.)"
    r"(?:\s+(?!(?:President|Chief|Vice|Interim|Acting|Executive|Senior|Director|Chair\w*|Managing|General|Corporate)\b)"
    r"(?:O['\u2019][A-Z][a-z]+|(?:Ma?c(?=[" + _UP + r"]))?[" + _UP + r"][a-z\u00df-\u00ff\u0100-\u024f']+(?:-[" + _UP + r"]?[a-z\u00df-\u00ff\u0100-\u024f']+)*|[A-Z]\.|Van|van|Den|den|Der|der|de|De|da|Da|la|La|le|Le|von|Von|del|Del|dela|Dela|dos|du|Du|bin|binti|Ma?c[A-Z][a-z]+|O'[A-Z][a-z]+|"
    # (a nickname in quotes: 'Margaret "Meg" Ellison')
    r"[\"\u201c][A-Z][a-z]+[\"\u201d](?=\s+[A-Z]))){1,4}"
    # 'Mr. Vukovich': an honorific and a surname, the full name found elsewhere in the release
    r"|" + _SURNAME_TITLE + r"(?:Ma?c(?=[" + _UP + r"]))?[" + _UP + r"][a-z\u00df-\u00ff\u0100-\u024f']+(?:-[" + _UP + r"][a-z\u00df-\u00ff\u0100-\u024f']+)?"
    r"(?![\w'-])"
)
# letters after a name: 'Ms Lindiwe Dube CA(SA) has been appointed ...'
# (with or without commas: 'Jane Smith, CPA, CA as Chief Financial Officer')
# 'Mr Graham K. Ferrier did not seek re-election and retired from the Board'
_NOT_STANDING = r"(?:did\s+not\s+(?:seek|stand\s+for|offer\s+(?:himself|herself)\s+for)\s+re-?election\s+and\s+)?"
_DESIG = (r"(?:,?\s+(?:Jr\.|Sr\.|III|II|CA\(SA\)|CPA|CA|CFA|FCA|ACA|MBA|PhD|Ph\.D\.?|P\.\s?Eng\.?|P\.\s?Geo\.?|ICD\.D|M\.Sc\.?|B\.Sc\.?|"
          r"MAIG|FAusIMM(?:\s?\(CP\))?|MAusIMM(?:\s?\(CP\))?|Q\.C\.|K\.C\.|LL\.B\.?|KCMG|CMG|OBE|CBE|MBE|AO|AM|"
          r"BCom|BEc|BSc|MSc|FCPA|CPA\(Aust\)|FAICD|GAICD|MAICD|ACIS|FCIS|ACCA|FCCA|ACMA|FCMA|CGMA)(?![\w(]))*")
# the words before a role held: 'as the company secretary of the Company', 'as an executive Director and the chief
# executive officer' (the officer's role, not the board seat), 'as the Company's Chief Financial Officer'
_ROLE_LEAD = (r"(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|the\s+(?!(?:Company|Corporation|Group|Board)\b))?"
              r"(?:an?\s+(?:(?:executive|non-executive|independent)\s+)?[Dd]irector\s+and\s+(?:the\s+|its\s+)?)?")
_APPOINT = re.compile(
    # a board's resolutions listed ('To appoint Ing. Rosario Mayta Roncal, currently Operations Manager ..., as General
    # Manager (Gerente General), effective 1 April 2011')
    rf"\b[Tt]o\s+(?:appoint|designate)\s+(?:CPC\s+)?(?P<p42>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,100}}){{0,3}}?,?\s+as\s+"
    rf"(?:the\s+(?:(?:Company|Corporation|Group)'s\s+)?)?(?P<r42>{_ROLE})|"
    rf"(?:appointments?|promotions?)\s+of\s+(?P<p1>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,80}},)?(?:,?\s+of\s+[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|inc\.|ltd\.|ltée|llc)){{0,4}})?\s*,?\s+(?:to\s+the\s+[Bb]oard\s+(?:of\s+[Dd]irectors\s+)?)?(?:as|to(?:\s+the\s+(?:position|role)\s+of)?)\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|new\s+|an?\s+)?(?P<r1>{_ROLE})"
    # ('Millard Peck of that firm has been appointed Chief Restructuring Officer')
    rf"|(?P<p2>{_PERSON}){_DESIG}(?:\s+of\s+(?:that|the|this)\s+firm)?\s*(?:,[^,]{{0,80}}){{0,3}}?,?\s+(?:has\s+been|was|is|will\s+be|have\s+been)\s+(?:appointed|named|elected|promoted|confirmed)\s+(?:to\s+the\s+Board\s+as\s+|as\s+|to\s+(?:the\s+(?:newly\s+created\s+|additional\s+|new\s+)?(?:position|role)\s+of\s+)?)?(?:an?\s+(?:(?:executive|non-executive|independent)\s+)?[Dd]irector\s+and\s+(?=the\s+|its\s+))?(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|an?\s+|the\s+)?(?:new\s+)?(?P<r2>{_ROLE})"
    rf"|(?:appointed|named|welcomes?d?|hired|elected|promoted|selected|chose|chosen|tapped|engaged|retained|recruited|confirmed)\s+(?P<p3>{_PERSON}){_DESIG}"
    # ('appointed Daniel Reyes of Ridgeview Advisory Partners LLC as Chief Restructuring Officer')
    rf"(?:\s+of\s+[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|LLC|LLP|Inc\.|Ltd\.?)){{0,5}}(?=\s+as\b))?\s*(?:,[^,]{{0,80}}){{0,3}}?,?\s+(?:to\s+(?:lead|head)\s+the\s+(?:Company|Corporation|Group)\s+(?=as\b))?(?:(?:as|to(?:\s+the\s+(?:position|role)\s+of)?)\s+)?(?:its\s+|the\s+(?:Company|Corporation|Group)'s\s+)?(?:new\s+)?(?P<r3>{_ROLE})"
    rf"|(?P<p4>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,80}}){{0,3}}?,?\s+(?:has\s+|will\s+|is\s+|will\s+be\s+)?join(?:s|ed|ing)?\s+(?:(?:the|its)\s+(?:[Cc]ompany|[Cc]orporation|Group|[Bb]oard)\s+(?:of\s+[Dd]irectors\s+)?|[A-Z]\w+\s+(?:[A-Z]\w+\s+)?)?(?:(?:on|effective)\s+(?:[\w,.]+\s+){{1,3}}?(?:19|20)\d\d,?\s+|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+|(?:on|effective)\s+(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+|(?:on|effective)\s+\d{{1,2}}\s+(?:{MONTH_PATTERN}),?\s+)?"
    rf"as\s+(?:its\s+|the\s+(?:Company|Corporation|Group)'s\s+|new\s+|an?\s+)?(?P<r4>{_ROLE})"
    # 'Mr Brett Doyle has been appointed in her place': the role of the one who left (read from the sentence before)
    rf"|(?P<p58>{_PERSON}){_DESIG}\s+(?:has\s+been|was|will\s+be|is)\s+appointed\s+in\s+(?:his|her|their)\s+place\b"
    # 'Mr Graham Tolhurst has accepted appointment as Managing Director of Sepik Ranges Gold NL'
    rf"|(?P<p57>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,80}}){{0,3}}?,?\s+(?:has\s+)?accepted\s+(?:the\s+|an\s+)?(?:appointment|position|role)"
    rf"\s+(?:as|of)\s+(?:its\s+|the\s+(?:Company|Corporation|Group)'s\s+)?(?P<r57>{_ROLE})"
    rf"|(?P<p5>{_PERSON}){_DESIG}(?:,[^,]{{0,80}}){{0,2}}?,?\s+(?:has\s+been|was)\s+(?:appointed|elected)\s+to\s+the\s+(?P<r5>[Bb]oard)(?:\s+of\s+[Dd]irectors)?"
    rf"|(?P<p18>{_PERSON}){_DESIG}\s+(?:commenced|started|began|took\s+up\s+(?:the\s+)?(?:role|position)\s+of|has\s+commenced|will\s+commence|will\s+start)\s+"
    rf"(?:as\s+|employment\s+as\s+)?(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?(?P<r18>{_ROLE})"
    # 'The Board has appointed the Company's Executive Chairman, Mr Alastair Penrose, as Chief Executive Officer'
    # ('The Board appointed the Chief Engineer, Mr. Sergey Viktorovich Pak, as acting Chief Operating Officer')
    rf"|(?:appointed|named|promoted)\s+(?:the\s+(?:(?:Company|Corporation|Group)'s\s+)?|its\s+|our\s+)(?:current\s+)?"
    rf"(?:{_ROLE}|(?:[A-Z]\w+\s+){{0,2}}(?:Engineer|Geologist|Metallurgist|Accountant|Superintendent)),\s+(?P<p16>{_PERSON}),\s+"
    rf"(?:as|to\s+(?:the\s+(?:position|role)\s+of\s+)?)\s*(?:its\s+|the\s+(?:Company|Corporation|Group)'s\s+|new\s+)?(?P<r16>{_ROLE})"
    rf"|(?:welcomes?d?|appointed|elected|added)\s+(?P<p13>{_PERSON}){_DESIG},?\s+to\s+(?:its|the|our)\s+(?P<r13>[Bb]oard)(?:\s+of\s+[Dd]irectors)?"
    # 'Mr. Jorge Salcido Ruiz, a Hermosillo-based mining lawyer, has joined the board effective May 10, 2004'
    rf"|(?P<p61>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,100}}){{0,3}}?,?\s+(?:has\s+|have\s+|will\s+)?join(?:s|ed)?\s+(?:the|its|our)\s+"
    rf"(?P<r61>[Bb]oard)(?:\s+of\s+[Dd]irectors)?(?!\s+as\b)(?=\s*(?:,\s*)?(?:effective|with\s+effect|on\s|today|\.|$))"
    rf"|\b(?:will\s+be|has\s+been|was|is|is\s+being|to\s+be)\s+(?:replaced|succeeded)\s+(?:[\w,]+\s+){{0,5}}?by\s+(?P<p12>{_PERSON})"
    rf"|(?P<p8>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,60}}){{0,2}},?\s+(?:will\s+assume|has\s+assumed|assumes|assumed|will\s+take\s+over|(?:has\s+)?accepted|will\s+accept|will\s+take\s+up|has\s+taken\s+up|took\s+up)\s+"
    rf"(?:the\s+)?(?:additional\s+|new\s+)?(?:role|position|duties|responsibilities)\s+of\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?(?P<r8>{_ROLE})"
    rf"|(?P<p9>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,90}}){{0,3}},?\s+(?:becomes|became|will\s+become|has\s+become|(?:has\s+)?agreed\s+to\s+become)\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?(?:new\s+)?(?P<r9>{_ROLE})"
    rf"|(?P<p7>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,60}}){{0,3}},?\s+(?:will\s+succeed|succeeds|has\s+succeeded|will\s+replace|replaces)\s+"
    rf"(?:him\s+|her\s+|(?:{_SURNAME_TITLE})?[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){{0,2}}\s+)as\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?(?P<r7>{_ROLE})"
    # '... has relinquished the title of President, which has been assumed by Renata Kowalczyk'
    rf"|(?:role|position|office|title)\s+of\s+(?P<r46>{_ROLE}),?\s+which\s+(?:has\s+been|was|will\s+be|is\s+being)\s+assumed\s+by\s+"
    rf"(?P<p46>{_PERSON})"
    rf"|(?P<p6>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,80}}){{0,3}},?\s+(?:has\s+agreed\s+to|agreed\s+to|will)\s+(?:serve|act)\s+as\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?(?P<r6>{_ROLE})"
    # 'Mr Batbayar Tseren, the Company's General Manager Mongolia, will be acting Chief Executive Officer from 1 May 2010'
    rf"|(?P<p59>{_PERSON}){_DESIG}\s*(?:,[^,]{{0,80}}){{0,3}}?,?\s+will\s+be\s+(?:the\s+(?:Company|Corporation|Group)'s\s+)?"
    rf"(?P<r59>(?:[Aa]cting|[Ii]nterim)\s+{_ROLE})"
    # 'The Board of Directors has appointed the Company's Chief Financial Officer Sari Lehto as acting Chief Executive
    # Officer'
    rf"|(?:appointed|named|promoted)\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?(?:current\s+)?{_ROLE}\s+(?P<p60>{_PERSON}){_DESIG}\s+"
    rf"as\s+(?:its\s+|the\s+(?:Company|Corporation|Group)'s\s+|new\s+)?(?P<r60>{_ROLE})"
)
_DEPART = re.compile(
    # 'To accept the resignation submitted for personal reasons by Ing. Walter Cutipa Ccoa as General Manager'
    rf"\b[Tt]o\s+accept\s+the\s+(?:resignation|retirement)\s+(?:submitted\s+(?:[\w-]+\s+){{0,4}}?by|of)\s+(?:CPC\s+)?"
    rf"(?P<p43>{_PERSON}){_DESIG}\s+as\s+(?:the\s+(?:(?:Company|Corporation|Group)'s\s+)?)?(?P<r43>{_ROLE})|"
    rf"(?:resignation|retirement|departure|termination)\s+of\s+(?P<p1>{_PERSON})(?:,\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|[A-Z]\w+'s\s+)?(?P<r7>{_ROLE})(?=[,.;]))?(?:\s+(?:as|from\s+(?:the\s+position\s+of|his\s+role\s+as|her\s+role\s+as))\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?(?P<r1>{_ROLE}))?"
    rf"|\b(?:passing|death)\s+of\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|our\s+)(?P<r15>{_ROLE}),\s+(?P<p15>{_PERSON})"
    # 'regrets to announce the death of Mr Pieter Johannes Venter, managing director of the company, who passed away'
    rf"|\b(?:passing|death)\s+of\s+(?P<p23>{_PERSON}){_DESIG},\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|our\s+)?"
    rf"(?:founder(?:,|\s+and)\s+)?"
    rf"(?P<r23>{_ROLE})\b"
    rf"|(?P<p11>{_PERSON}),\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|our\s+)(?P<r11>{_ROLE}),\s+(?:has\s+)?(?:left|resigned|retired|stepped\s+down|departed|died|passed\s+away)"
    # 'Mr. Jaime Quiroga, Vice President, Bolivia, has also left the Company.'
    rf"|(?P<p63>{_PERSON}),\s+(?P<r63>{_ROLE}),\s+has\s+(?:also\s+)?(?:left|resigned\s+from|departed)\s+the\s+(?:Company|Corporation|Group)\b"
    # 'Mr Gerrit van der Walt, Chief Operating Officer, retires on 30 September 2006'
    rf"|(?P<p55>{_PERSON}),\s+(?P<r55>{_ROLE}),\s+(?:retires|resigns|steps\s+down|leaves\s+the\s+(?:Company|Corporation|Group))\b"
    # 'the employment of Gregory Albrecht as President and Chief Executive Officer was terminated'
    rf"|\bemployment\s+of\s+(?P<p56>{_PERSON})\s+as\s+(?:its\s+|the\s+(?:Company|Corporation|Group)'s\s+)?(?P<r56>{_ROLE})\s+"
    rf"(?:was|has\s+been|had\s+been)\s+terminated\b"
    rf"|(?P<p19>{_PERSON})\s*(?:,[^,]{{0,90}}){{1,2}},\s+(?:has\s+)?(?:died|passed\s+away)\b"
    rf"|(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|our\s+)?(?:former\s+|outgoing\s+)?(?P<r6>{_ROLE}),\s+(?P<p6>{_PERSON}),\s+(?:has\s+)?(?:left|resigned|retired|stepped\s+down|departed|(?:has\s+)?been\s+(?:terminated|dismissed|removed)"
    rf"|(?:tendered|submitted|announced)\s+(?:his|her|their)\s+(?:resignation|retirement)|will\s+(?:be\s+leaving|leave|step\s+down|retire|resign)"
    rf"|died|passed\s+away)"
    rf"|\b(?:terminated|ended)\s+(?:for\s+cause\s+)?the\s+employment\s+of\s+(?:its\s+|the\s+(?:Company|Corporation|Group)'s\s+)?(?P<r8>{_ROLE}),?\s+(?P<p8>{_PERSON})"
    rf"|\b(?:terminated|ended)\s+(?:for\s+cause\s+)?the\s+(?:employment|services)\s+of\s+(?P<p17>{_PERSON}),\s+"
    rf"(?:its|the\s+(?:Company|Corporation|Group)'s)\s+(?P<r17>{_ROLE})"
    rf"|\b(?:terminated|ended)\s+(?:for\s+cause\s+)?the\s+(?:employment|services)\s+of\s+(?P<p10>{_PERSON})\s+as\s+(?:its\s+|the\s+(?:Company|Corporation|Group)'s\s+)?(?P<r10>{_ROLE})"
    rf"|(?P<p4>{_PERSON})(?:,\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|our\s+)?(?P<r4>{_ROLE}),)?\s+(?:has\s+)?(?:tendered|submitted|announced|given\s+notice\s+of)\s+(?:his|her|their)\s+(?:resignation|retirement)(?:\s+as\s+{_ROLE_LEAD}(?P<r12>{_ROLE}))?"
    rf"|(?P<p5>{_PERSON})\s*(?:,[^,]{{0,80}}){{0,2}},?\s+(?:has\s+)?(?:informed|advised|notified|told)\s+the\s+(?:[Bb]oard|Company|Corporation|Group)\s+"
    rf"(?:of\s+[Dd]irectors\s+)?(?:of\s+(?:his|her|their)\s+(?:intention|decision|plan)\s+to|that\s+(?:he|she|they)\s+(?:will|intends\s+to|is\s+to))\s+"
    rf"(?:retire|resign|step\s+down)"
    rf"(?:\s+(?:as|from\s+(?:the\s+position\s+of|his\s+role\s+as|her\s+role\s+as))\s+{_ROLE_LEAD}(?P<r5>{_ROLE}))?"
    rf"|(?:succeeds|replaces|succeeding|replacing)\s+(?P<p3>{_PERSON}),?\s+who\s+(?:has\s+)?(?:resigned|retired|stepped\s+down|left|is\s+retiring|will\s+retire|is\s+leaving|will\s+leave|is\s+stepping\s+down|departed|retires|resigns|steps\s+down|leaves)"
    rf"(?:\s+(?:as|from\s+the\s+position\s+of)\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?(?P<r3>{_ROLE}))?"
    rf"|\b(?:He|She)\s+(?:replaces|succeeds|will\s+replace|will\s+succeed)\s+(?P<p14>{_PERSON})"
    # 'the Board agreed that Mr. Zhou Jianguo be relieved of his duties as Deputy General Manager', 'the Board relieved
    # Mr. X of his duties as Chief Operating Officer' (a translation's words for a removal)
    rf"|(?P<p44>{_PERSON}){_DESIG}\s+(?:be|was|were|has\s+been|have\s+been|is)\s+relieved\s+of\s+(?:his|her|their)\s+"
    rf"(?:duties|positions?|posts?|functions)\s+as\s+(?:the\s+(?:(?:Company|Corporation|Group)'s\s+)?)?(?P<r44>{_ROLE})"
    rf"|\brelieved\s+(?P<p45>{_PERSON}){_DESIG}\s+of\s+(?:his|her|their)\s+(?:duties|positions?|posts?|functions)\s+as\s+"
    rf"(?:the\s+(?:(?:Company|Corporation|Group)'s\s+)?)?(?P<r45>{_ROLE})"
    # 'Mr Lusinde will relinquish the role of interim Chief Executive on 1 April 2004'
    rf"|(?P<p22>{_PERSON})\s*(?:,[^,]{{0,80}}){{0,2}},?\s+(?:will\s+relinquish|has\s+relinquished|relinquished|relinquishes|will\s+vacate|"
    rf"has\s+vacated|vacated)\s+(?:the\s+|his\s+|her\s+)?(?:role|position|office|title)\s+(?:of|as)\s+(?P<r22>{_ROLE})"
    # 'Margaret A. Kingsolver, who has served as Executive Chair since 2014, will transition to the role of
    # non-executive Chair': she leaves the executive role
    # ('Walter Grissom, who founded the Company in 1996 and has served as Executive Chairman since 2012, will become
    # non-executive Chairman of the Board')
    rf"|(?P<p20>{_PERSON}){_DESIG}\s*,\s+who\s+(?:[^,;]{{0,60}}?\s+and\s+)?(?:has\s+)?(?:served|serves|has\s+been)\s+as\s+"
    rf"(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?"
    rf"(?P<r20>{_ROLE})[^,]{{0,40}},\s+(?:(?:will\s+transition|will\s+move|transitioned|moved|will\s+step\s+back|stepped\s+back)\s+to\b|"
    rf"(?:will\s+become|became|becomes)\s+(?:the\s+)?(?=(?:non-?executive|independent)\b))"
    # 'Richard A. Stenning, its Executive Chairman, will transition to the role of non-executive Chairman'
    rf"|(?P<p21>{_PERSON}){_DESIG}\s*,\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|our\s+)(?P<r21>(?:Executive|executive)\s+{_ROLE}),\s+"
    rf"(?:will\s+transition|will\s+move|transitioned|moved|will\s+step\s+back|stepped\s+back)\s+to\s+(?:the\s+role\s+of\s+|a\s+|the\s+)?"
    rf"(?:non-?executive|independent)\b"
    # 'Mr. Harold Voss, Kapikik's President and Chief Executive Officer, will become Executive Chairman': he leaves the
    # office he holds for the chair (the issuer's own, its possessive checked where the match is read; an officer who
    # becomes another officer is promoted, and leaves no office vacant that the release tells)
    rf"|(?P<p47>{_PERSON}){_DESIG}\s*,\s+(?P<own47>the\s+(?:Company|Corporation|Group)'s|its|our|[A-Z][\w-]+['\u2019]s)\s+"
    rf"(?P<r47>{_ROLE}),\s+(?:will\s+become|became|has\s+become|becomes)\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?"
    rf"(?P<to47>(?:(?:Executive|Non-Executive|non-executive|executive)\s+)?Chair(?:man|woman|person)?)\b"
    # 'Managing Director Mr Ross Trengove has advised the Board that he will retire on 31 December 2008'
    rf"|(?P<r41>{_ROLE})\s+(?P<p41>{_PERSON})\s+(?:has\s+)?(?:informed|advised|notified|told)\s+the\s+(?:[Bb]oard|Company)\s+"
    rf"(?:of\s+directors\s+)?that\s+(?:he|she|they)\s+(?:will|intends\s+to|is\s+to|wishes\s+to)\s+(?:retire|resign|step\s+down)"
    rf"|(?P<r9>{_ROLE})\s+(?P<p9>{_PERSON})\s+{_NOT_STANDING}(?:has\s+)?(?:resigned|retired|stepped\s+down|left\s+the\s+(?:Company|Corporation|Group)"
    rf"|will\s+(?:retire|resign|step\s+down|leave\s+the\s+(?:Company|Corporation|Group)))"
    rf"|(?P<p2>{_PERSON}){_DESIG}\s*(?:,(?![^,]*\b(?:succeed\w*|replac\w*|appointed|named)\b)[^,]{{0,100}}){{0,3}},?\s+{_NOT_STANDING}(?:has\s+|is\s+)?(?:resigned|retired|stepped\s+down|will\s+(?:step\s+down|retire|resign|be\s+leaving|leave)|is\s+(?:stepping\s+down|leaving|retiring)|has\s+left|departed|retires|resigns|steps\s+down"
    rf"|(?:has\s+)?(?:decided|elected|chosen)\s+to\s+(?:retire|resign|step\s+down|leave)|will\s+be\s+(?:retiring|resigning|stepping\s+down)|(?:has\s+)?ceased\s+to\s+be"
    rf"|(?:has\s+)?ceased\s+to\s+act|will\s+cease\s+to\s+(?:act|be))"
    rf"(?:\s+(?:(?:as|from\s+(?:(?:the\s+|his\s+|her\s+)?position\s+of|his\s+(?:role|position)\s+as|her\s+(?:role|position)\s+as|the\s+Board))\s+)?{_ROLE_LEAD}(?:a\s+)?(?P<r2>{_ROLE}|director(?=\s+of\s+the\s+(?:Company|Corporation)\b))?)?"
)
_ALIAS = re.compile(r"\s*\(\s*(?:the\s+)?\"[^\"]{1,40}\"\s*\)")
_PREDECESSOR = re.compile(rf"\b(?:succeeding|replacing|succeeds|replaces|will\s+succeed|will\s+replace)\s+(?P<p>{_PERSON})")
_NOT_PERSON = r"\b(?:President|Vice|Chief|Officer|Director|Chair\w*|Board|Company|Manager|Secretary)\b"
_AS_ROLE_AFTER = re.compile(rf",\s+as\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|new\s+)?(?P<role>{_ROLE})")
# 'Dale R. Fenwick, Vice President and Chief Financial Officer, will retire', 'Mr Warren Oakes, Chief Financial Officer
# since 1996, resigned', 'Rafael Montoya, Halcyon's Chief Operating Officer, will retire'
_APPOSITIVE_ROLE = re.compile(rf"{_DESIG},\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|our\s+|[A-Z][\w-]+['\u2019]s\s+|"
                              rf"the\s+(?=current\s))?(?:current\s+)?"
                              rf"(?P<role>{_ROLE}(?:\s+(?:and|&)\s+{_ROLE})?)(?:\s+since\s+[^,;]{{1,60}})?,")
_WHO_IS_APPOINTED = re.compile(rf"{_DESIG},?\s+who\s+(?:is|has\s+been|was|will\s+be)\s+(?:appointed|named)\s+(?:as\s+)?"
                               rf"(?:the\s+(?:(?:Company|Corporation|Group)'s\s+)?|its\s+)?(?P<role>{_ROLE})")
_TOLD_AGAIN = re.compile(r"\s*(?:The|This|That|Such)\s+(?:application|claim|petition|action|request|appeal|motion)\s+"
                         r"(?:was|has\s+been|had\s+been)\s+(?:filed|lodged|submitted|brought)\s+(?:before|with|in)\b")
_AND_ROLE = re.compile(rf"\s+(?:and|&)\s+(?P<role>{_ROLE})(?![\w-])")
_OUR_PARTY = re.compile(r"\(the\s+\"(?P<role>Seller|Vendor|Transferor|Purchaser|Buyer|Transferee)s?\"\)\s*,\s+(?:an?\s+|the\s+)?"
                        r"(?:indirect\s+|direct\s+)?(?:(?:non-)?wholly[- ]owned\s+|\d+%[- ]owned\s+)?subsidiary\s+of\s+the\s+"
                        r"(?:Company|Corporation|Group)\b", re.I)
_EARLIER_RELEASE = re.compile(r"\b(?:announcements?|news\s+releases?|press\s+releases?|releases?|circular|RNS)\s+"
                              r"(?:of|dated|on|made\s+on|issued\s+on)\s+$|\b(?:as\s+)?(?:previously\s+)?announced\s+on\s+$",
                              re.I)
_SECURITIES_BOUGHT = re.compile(r"\s*(?:(?:an\s+)?aggregate\s+of\s+|(?:a\s+)?total\s+of\s+)?[\d,.]+\s+(?:million\s+)?"
                                r"(?:[\w-]+\s+){0,3}?(?:units|shares|warrants|options|notes|debentures)\b", re.I)
_LONG_AGO = re.compile(r"\bin\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-/])")
_FINDING = re.compile(r"[Tt]ribunal\s+(?:also\s+|further\s+)?(?:found|held|decided|concluded|determined|considered)\b")
_DEAL_DOCUMENT = re.compile(r"\b(?P<kind>offtake|earn-in|option|joint\s+venture|purchase|sale|arrangement|merger|"
                            r"settlement|forbearance|standstill|amending|streaming|royalty|toll(?:ing)?\s+milling|"
                            r"supply|services|shareholders'?|investment|farm-in|framework|cooperation|co-operation)\s+"
                            r"(?:agreement|contract|deed)\b|(?P<mou>memorandum\s+of\s+understanding|letter\s+of\s+intent)",
                            re.I)
_NOTIFIED_ON = re.compile(r"\b(?:notified|communicated|served|received|published)\s+(?:to\s+)?(?:\w+\s+){0,4}?on\s+$", re.I)
_LEADING_LABEL = re.compile(r"(?:Board|Management|Directorate|Corporate|Appointments?|Changes?|Personnel|People|Leadership)"
                            r"\s+(?=[A-Z])")
_HELD_ROLE = re.compile(rf"(?:{_ROLE})\s+(?=[{_UP}])")
_SERVED_AS = re.compile(rf"\b(?:(?:served|serving|acted|acting)\s+as|who\s+(?:has|had)\s+been)\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?(?P<role>{_ROLE})")
_STAYS_AS = re.compile(r"\b(?:continue|remain|stay)s?\s+(?:on\s+)?(?:\w+\s+){0,3}$", re.I)
_ROLE_RE = re.compile(rf"\bas\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+|interim\s+)?(?P<role>{_ROLE})")

# the full stop of a month written short ends no sentence ('dated Oct. 9, 2018, which revoked', 'in Nov. 2018'): a
# pattern's '[^.;]' (words of the same sentence) reads past it
_MONTH_STOP = r"(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.(?=\s+\d)|(?<=\bSept)\.(?=\s+\d)"
# (and nor does a point inside a word or a number: 'U.S.$4.6 million', 'S.A.')
_INNER_POINT = r"\.(?=[\w$\u20ac\u00a3])"
# (nor the point of a title before a name: 'with Mr. Zhao Jianguo (the "Purchaser") for the sale of')
_TITLE_STOP = r"(?<=\b(?:Mr|Ms|Dr))\.(?=\s+[A-Z])|(?<=\bMrs)\.(?=\s+[A-Z])"
_NUMBER_STOP = r"(?<=\b[Nn]o)\.(?=\s*\d)|(?<=\b[Nn]os)\.(?=\s*\d)"
# a sentence's character, past the point of an abbreviation a comma, a bracket or a word follows ('Tianmu Mining Co.,
# Ltd. to Zhejiang ...', 'Long Range Mining Inc. ("Long Range")'), in the triggers of deals that name companies at length
_PAST_ABBREV = r"(?:[^.;]|\.(?=\s*[a-z(,]))"


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, its '[^.;]' reading on past the full stop of a month written short ('Sept. 30, 2009'), of
    a number's 'No.' ('Supreme Decree No. 1320, reverting ...'), of a title ('Mr.') and the points of an abbreviation or a number
    ('attaching U.S.$4.6 million owed to SAMA')."""
    return re.compile(pattern.replace("[^.;]", rf"(?:[^.;]|{_MONTH_STOP}|{_NUMBER_STOP}|{_TITLE_STOP}|{_INNER_POINT})"), flags)


# (event_type, trigger) in order of precedence when triggers overlap
TRIGGERS: tuple[tuple[str, str], ...] = (
    ("enforcement_action", r"\b(?:notices?|writs?|orders?)\s+of\s+(?:garnishment|attachment|seizure)\b|(?:commenc\w*|initiat\w*|fil\w*|launch\w*|beg[au]n|start\w*|brought|instituted|obtained)\s+(?:\w+\s+){0,3}?(?:enforcement|attachment|seizure|garnishment|execution)\s+(?:proceedings?|actions?|measures|orders?|writs?)"
                           r"|\b(?:attached|garnished|seized)\s+(?:\w+\s+){0,3}?(?:assets|shares|funds|accounts|bank|property|cargo|aircraft|receivables|monies|debts)\b(?=.{0,80}?\b(?:to\s+satisfy|judgment|award|enforce))"
                           r"|\b(?:garnishment|attachment|seizure|freezing)\s+orders?\b(?=[^.;]{0,160}?\b(?:attached|garnished|seized|froze|frozen)\b)"
                           # ('the Deputy Sheriff attached ZMDC's 50% shareholding', 'a bailiff acting for the Company
                           # seized 40 kilograms of gold belonging to ZMDC'): the court's officer executing for the issuer
                           r"|\b(?:(?:Deputy\s+)?Sheriff|[Bb]ailiffs?|huissier|[Mm]essenger\s+of\s+the\s+[Cc]ourt)\b(?:[^.;]{0,60}?)\b"
                           r"(?:attached|garnished|seized|levied\s+execution\s+on)\b(?!\s+(?:the\s+(?:Company|Corporation|Group)['\u2019]s|its|our)\b)"
                           r"|writs?\s+of\s+(?:attachment|execution)\s+(?:was|were|has\s+been|have\s+been)\s+(?:granted|issued)"
                           r"|\b(?:served|executed|levied|enforced)\s+(?:\w+\s+){0,2}?writs?\s+of\s+(?:execution|attachment|garnishment|seizure)"
                           r"|\b(?:orders?|writs?)\b[^.;]{0,80}?\b(?:attaching|seizing|garnishing|freezing)\b"
                           r"|\b(?:obtained|secured|was\s+granted)\s+(?:an?\s+)?(?:\w+\s+){0,2}?orders?\b[^.;]{0,80}?\bauthori[sz]ing\s+(?:the\s+)?"
                           r"(?:seizure|attachment|garnishment|execution|freezing)\b"
                           r"|\b(?:initiat\w*|commenc\w*|fil\w*|brought|began|launched)\s+(?:\w+\s+){0,2}?proceedings?\s+to\s+enforce\b"
                           r"|\bauthori[sz]ed\s+(?:\w+\s+){0,2}to\s+(?:garnish|attach|seize|freeze)\b"
                           r"|\b(?:carried\s+out|effected|executed|levied|served|obtained|secured)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:garnishments?|attachments?|seizures?|saisies?)\b"
                           r"|\b(?:attachment|garnishment|seizure|freezing)\s+of\s+(?:\w+\s+){0,4}?(?:assets|shares|funds|accounts|property|bank\s+accounts|receivables|proceeds)\b"
                           # 'Pursuant to an order of the Luxembourg District Court, ... the Company attached all of the shares'
                           r"|\b(?:pursuant\s+to|under)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}orders?\b[^.;]{0,200}?\b(?:attached|garnished|seized)\b"
                           # 'it appointed Harwood Restructuring Inc. as receiver and manager of all of the assets ... of
                           # Brayford Mining Corp.': a receiver the issuer appoints over its debtor
                           r"|\b(?:it|(?:the\s+)?(?:Company|Corporation|Group)|[Ll]enders?)\s+(?:has\s+|have\s+)?appointed\s+"
                           r"(?:[\w.,&'()-]+\s+){1,6}?as\s+(?:the\s+)?(?:interim\s+)?receiver\b"
                           r"(?![^.;]{0,120}?\bof\s+(?:the\s+(?:Company|Corporation|Group)|its|our)\b)"
                           # 'on the Company's application, the Supreme Court of British Columbia appointed FTI Consulting
                           # Canada Inc. as receiver and manager of all of the assets ... of Hinde Mining Ltd.'
                           r"|\bon\s+the\s+(?:Company|Corporation)['\u2019]s\s+application\b[^.;]{0,120}?\bappointed\s+"
                           r"(?:[\w.,&'()-]+\s+){1,6}?as\s+(?:the\s+)?(?:interim\s+)?receiver\b"
                           r"|\bappointed\s+(?:[\w.,&'()-]+\s+){1,6}?as\s+(?:the\s+)?(?:interim\s+)?receiver\b[^.;]{0,160}?\bon\s+the\s+"
                           r"(?:Company|Corporation)['\u2019]s\s+application\b"
                           # 'the same court authorized a conservatory attachment (saisie conservatoire) over a building'
                           r"|\b(?:court|judge)\b[^.;]{0,80}?\b(?:authori[sz]ed|granted|ordered)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}?"
                           r"(?:attachments?|garnishments?|saisies?)\b"),
    ("legal_challenge", r"\bappealed\b|\bchalleng(?:ing|ed|es)\s+(?:the\s+|that\s+)?(?:\w+\s+){0,2}?(?:award|judgment|decision|ruling)\b|\b(?:filed|lodged|brought|launched|submitted|noted)\s+(?:an?\s+|its\s+|his\s+|her\s+|their\s+)?(?:notice\s+of\s+)?(?:interlocutory\s+|further\s+|cross-|second\s+|final\s+)?appeal\b|\bserved\s+(?:\S+\s+){0,3}?with\s+(?:a\s+)?notice\s+of\s+appeal\b|(?<!of\s)\b(?<!Court\sof\s)appeal\s+(?:of|against)\b|\bnotice\s+of\s+appeal\s+(?:that\s+|which\s+)?(?:it|they|\w+)\s+(?:had\s+|has\s+)?filed\b|(?:applica\w+|motion|petition|request|action|claim)\s+(?:\S+\s+){0,12}?to\s+(?:annul|set\s+aside|vacate|challenge)"
                        r"|\b(?:applied|appli(?:es|cation)|motion|petition\w*|sought|seeking|seeks)\s+(?:\S+\s+){0,8}?for\s+(?:leave|permission)\s+to\s+appeal|\bleave\s+to\s+appeal\s+(?:was|has\s+been)\s+sought"
                        r"|\b(?:applying|applied|seeking|asking)\s+(?:\w+\s+){0,3}?to\s+(?:annul|set\s+aside|vacate)\b"
                        r"|\bannulment\s+(?:application|proceeding|request)s?|(?:applica\w+|applied)\s+(?:\S+\s+){0,16}?for\s+(?:the\s+|partial\s+)?annulment|\bapplied\s+(?:to|before|with)\s+(?:\S+\s+){0,6}?for\s+(?:the\s+|its\s+|partial\s+)?annulment|recours\s+en\s+annulation|sought\s+to\s+(?:annul|set\s+aside|vacate)|appli(?:ed|es)\s+(?:to|before)\s+(?:\S+\s+){0,16}?to\s+(?:annul|set\s+aside|vacate)"),
    ("court_judgment", r"\b(?:(?:His|Her)\s+Honou?r|(?:Mr|Mrs|Ms|Madam)\.?\s+Justice\s+[A-Z][\w'-]+|[Pp]anel\s+of\s+(?:\w+\s+)?judges)\b"
                       r"[^.;]{0,60}?\b(?:granted|ordered|dismissed|annulled|set\s+aside|upheld|quashed|declared|refused)\b|"
                       # ('At the conclusion of the hearing His Honour granted an interim injunction', 'The panel of three
                       # judges annulled the revocation decree')
                       r"\b(?:[Cc]ourt|[Jj]udge)['\u2019]s\s+(?:decision|judgment|ruling|order)\b[^.;]{0,40}?\bgranting\s+(?:summary\s+|default\s+)?judgment\b|"
                       r"\b(?:Tribunal\s+Fiscal|[Tt]ax\s+(?:[Aa]ppeals?\s+)?[Tt]ribunal|[Tt]ax\s+[Cc]ourt)\b[^.;]{0,120}?\b(?:revoked|annulled|"
                       r"overturned|upheld|confirmed|ruled|ordered|set\s+aside|dismissed|rejected)\b|"
                       r"\b(?:ad\s+hoc|annulment)\s+committee\b[^.;]{0,120}?\b(?:rejected|dismissed|upheld|annulled|decided|refused|issued\s+its\s+decision)\b|\b(?:granted|grants|granting|issued|issuing)\s+(?:an\s+)?exequatur\b|\bexequatur\s+(?:order\s+)?(?:was\s+|has\s+been\s+)?(?:granted|issued|rendered)\s+by\b|\b(?:were|was|been|has\s+been)\s+granted\s+(?:an?\s+)?(?:initial|interim|final|receivership|vesting)\s+order\b|\b(?:initial|receivership|administration)\s+order\s+(?:was|has\s+been)\s+(?:granted|made|issued)\b|"
                       r"\bCouncil\s+of\s+State\b[^.;]{0,80}?\b(?:ruled|dismissed|rejected|upheld|annulled|confirmed|(?:provisionally\s+)?suspended|ordered)\b|"
                       # 'The Labour Court of South Africa made the settlement agreement an order of court'
                       r"\bmade\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?an?\s+order\s+of\s+(?:the\s+)?court\b|\b(?:(?<!ICC\s)court(?!\s+of\s+(?:International\s+)?Arbitration)|judge|justice|cour|corte|juzgado|tribunal(?=\s+(?:de|du|Supremo|Superior|Federal|Constitucional|Administrativo|Contencioso|Regional|Departamental)\b)|(?<=Commercial\s)Tribunal|(?<=Administrative\s)Tribunal|(?<=District\s)Tribunal)\b(?!-)[^.;]{0,60}?\b(?:ruled|registered|entered\s+(?:a\s+|its\s+|final\s+)*judgment|announced\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:of\s+)?its\s+(?:judgment|ruling|decision)|issued\s+(?:an?\s+)?(?:initial|interim|final|vesting|approval|sale|consent)\s+order|handed\s+down\s+(?:its\s+|a\s+|the\s+)?(?:\w+\s+)?(?:judgment|ruling|decision)|delivered\s+(?:its\s+|a\s+|the\s+)?(?:\w+\s+)?(?:judgment|ruling|decision)|made\s+(?:an?\s+|the\s+)?(?:\w+\s+)?orders?\s+(?=recogni|confirm|grant|enforc|declar|dismiss|requir|direct|regist|appoint)|made\s+(?:an?\s+|the\s+)?(?:registration|administration|winding[- ]up|freezing|restraining|attachment|garnishee|charging)\s+order\b|issued\s+(?:an?\s+)?(?:temporary\s+|interim\s+|interlocutory\s+|preliminary\s+)?(?:restraining\s+order|injunction)|released\s+(?:its\s+|the\s+)?(?:\w+\s+)?(?:reasons|judgment|ruling|decision)|entered\s+(?:the\s+|a\s+)?consent\s+(?:decree|judgment|order)|declined\s+to|has\s+entered\s+judgment|entered\s+(?:an?\s+)?(?:(?:initial|interim|final|vesting|approval|sale|confirmation)\s+)?order\b(?=[^.;]{0,40}?\b(?:confirming|approving|authori[sz]ing|granting|recogni[sz]ing|vesting))|entered\s+(?:an?\s+)?(?:initial|interim|final|vesting|approval|sale)\s+order|confirmed|recogni[sz]ed|granted|upheld|dismissed|rejected|(?<!to\s)(?:set\s+aside|annulled|vacated|overturned|reversed|quashed|discharged|dissolved)|issued\s+(?:a\s+|its\s+)?(?:judgment|ruling|decision|order)|denied|affirmed|ordered|approved|sanctioned|stayed|lifted\s+(?:the|its)\s+stay|declared\s+(?:\w+\s+){0,2}?(?:null|void|invalid|unlawful|illegal|unconstitutional|enforceable)|declared\s+(?:the\s+|its\s+)?(?:action|claim|suit|petition|appeal|application|complaint|case|lawsuit)\s+(?:inadmissible|admissible|unfounded|groundless|without\s+merit)|certified|fined|convicted)\b"
                       # 'a jury in the Montana Fourth Judicial District Court returned a verdict in favor of ...', 'The
                       # Company's judgment, entered by the United States District Court ... on June 28, 2019, is for ...'
                       r"|\bjury\b[^.;]{0,120}?\breturned\s+(?:a\s+|its\s+|the\s+)?(?:\w+\s+)?verdict\b"
                       r"|\bjudgment,?\s+entered\s+by\s+the\s+(?:[A-Z][\w.,]*\s+){0,10}?(?:[Cc]ourt|Tribunal)\b"
                       r"|(?:obtained|secured|won|received|was\s+granted)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}?(?:judgment|court\s+order|ruling)"
                       # 'The application was heard and dismissed by the High Court on the 14th of May'
                       r"|\b(?:dismissed|granted|upheld|rejected|allowed|refused|set\s+aside)\s+by\s+the\s+(?:[A-Z][\w.'-]*\s+){0,6}?[Cc]ourt\b"
                       r"|(?:obtained|secured|won|was\s+granted)\s+(?:a\s+|an\s+)?(?:(?!attachment|garnishment|seizure|freezing|conservatory|charging)\w+\s+){0,2}?order\s+(?:from|of)\s+the\s+(?:[A-Z][\w.]*\s+){0,6}?[Cc]ourt\b(?![^.;]{0,60}\bauthori[sz]ing\b)"
                       r"|\bjudgment\b[^.;]{0,120}?\b(?:was|has\s+been|were)\s+(?:issued|entered|granted|rendered)"
                       r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:ordered|granted|confirmed|recogni[sz]ed|entered)\s+by\s+the\s+(?:[A-Z][\w.]*\s+){0,6}?[Cc]ourt\b"
                       r"|(?:ruling|decision|judgment)\s+(?:of|by|from)\s+the\s+(?:[A-Z][\w.]*\s+){0,6}[Cc]ourt\b[^.;]{0,60}?\b(?:confirm|recogni[sz]|uph[eo]ld|dismiss|reject)\w*"),
    ("arbitration_award", r"\b(?:(?<![Tt]ax\s)(?<![Aa]ppeals\s)(?<!Commercial\s)(?<!Administrative\s)(?<!District\s)(?<!Regional\s)(?<!Labour\s)tribunal(?!\s+(?:de|du|des|d['\u2019]|judiciaire|administratif|fiscal|constitucional|Federal|Superior|Supremo|Regional))|arbitrators?|arbitra(?:tion|l)\s+panel)\b[^.;]{0,260}?\b(?:ordered|awarded|found|issued|rendered|ruled|granted|held|decided)\b|\btribunal\b[^.;]{0,60}?\b(?:dismissed|rejected|upheld)\b(?=(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,80}?\baward\b)"
                          # ('The award against Argentina, for US$87.3 million plus interest and costs, was rendered')
                          r"|\baward\b[^.;]{0,80}?\b(?:was|were|has\s+been|had\s+been)\s+(?:issued|rendered|"
                          r"granted|handed\s+down|made)\b"
                          # (not a stage named after the award: 'To fund the post-award phase, Tolvane has issued ...')
                          r"|(?<!post-)(?<!pre-)\baward\b[^.;]{0,40}?\b(?:issued|rendered|granted|handed\s+down|(?<!which\s)made)\b"
                          r"|(?:issued|rendered|handed\s+down|granted)\s+(?:a\s+|an\s+|its\s+)?(?:final\s+|unanimous\s+)?(?:arbitral\s+|arbitration\s+)?award"
                          r"|\b(?:arbitral|arbitration)\s+award\b\s+(?:issued|rendered|in\s+(?:its|\w+'s)\s+favou?r)"),
    ("legal_proceeding", r"\blodg(?:ed|es|ing)\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:[\w'\u2019]+\s+){0,3}?(?:(?:statement\s+of\s+)?"
                         r"defen[cs]e\s+and\s+(?:a\s+)?counter-?claim|counter-?claim|writ|statement\s+of\s+claim|claim|suit|"
                         r"complaint)s?\b|"
                         r"(?:fil(?:ed|es|ing)|commenc(?:ed|es|ing)|brought|bring|initiat(?:ed|es)|launch(?:ed|es)|instituted|submitted|register(?:ed|s))\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:(?!(?:with|before|in|at|against)\b)[\w'\u2019-]+\s+){0,5}?(?:(?:(?:statement\s+of\s+)?defen[cs]e\s+and\s+(?:a\s+)?)?counter-?claim|writ(?:\s+of\s+summons)?|suit|lawsuit|action|litigation|application|claim|petition|motion|proceedings?|request\s+for\s+arbitration|arbitration|complaint|notice\s+of\s+(?:arbitration|dispute|intent)|recurso|demanda|acci[oó]n)s?\b"
                         # 'applied without notice to the High Court of Justice ... for permission to enforce the award',
                         # 'applied to the Ontario Superior Court of Justice (Commercial List) on October 31, 2014'
                         r"|\bapplied\s+(?:without\s+notice\s+|ex\s+parte\s+)?to\s+the\s+(?:[A-Z][\w'.,-]*\s+|of\s+|\([^)]{0,30}\)\s*){0,10}?"
                         r"(?:Court|Tribunal)\b(?!\s+of\s+Appeal)"
                         r"|\b(?:suit|lawsuit|action|claim|application|petition)\s+(?:it|the\s+(?:Company|Corporation)|[A-Z]\w+)\s+(?:filed|brought|commenced)\b"
                         # 'issued a writ against the Company in the Supreme Court of Western Australia'; 'issued
                         # proceedings in the High Court of Justice against Harrowgate Merchant Bank plc'
                         r"|\bissued\s+(?:legal\s+|court\s+)?proceedings\s+(?:in|before|against)\b"
                         r"|\b(?:issued|served|filed|lodged)\s+(?:a\s+|its\s+)?writ(?:\s+of\s+summons)?\s+(?:against|on)\b"
                         # ('issued a writ in the Commercial Division of the High Court of Justice, Accra, against Adansi')
                         r"|\b(?:issued|filed|lodged)\s+(?:a\s+|its\s+)?writ(?:\s+of\s+summons)?\s+(?:in|with|before)\s+(?:the\s+)?[A-Z][^.;]{0,100}?\bagainst\b"
                         # ('filed an amparo indirecto challenging the measure before the Second District Court')
                         r"|\b(?:filed|lodged|brought|submitted)\s+(?:an?\s+|its\s+)?(?:juicio\s+de\s+)?amparo\b"
                         # 'The arbitration was registered by ICSID on June 21, 2019'
                         r"|\b(?:arbitration|claim|request\s+for\s+arbitration|arbitral\s+proceedings?|case|lawsuit|action|petition|suit|complaint)"
                         r"(?:\s*\([^)]{0,40}\))?\s+(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+)?(?:registered|filed|commenced|instituted|submitted|lodged)\b"
                         # 'a winding-up petition (the "Petition") filed on 18 August 2015 in the High Court ... by X'
                         r"|\b(?:petition|lawsuit|suit|complaint|statement\s+of\s+claim)(?:\s*\([^)]{0,40}\))?\s+filed\s+(?:on|in|with|by|against)\b"
                         # 'applied to the High Court of South Africa for an order recognising the award'
                         r"|\bapplied\s+(?:to|before|with)\s+(?:\S+\s+){0,12}?for\s+(?:an?\s+)?(?:order\s+)?(?:recogni(?:[sz]\w*|tion)|registration|confirmation|enforcement)\b"
                         r"|\b(?:request\s+for\s+arbitration|notice\s+of\s+arbitration|statement\s+of\s+claim)\s+(?:filed|submitted|lodged)\s+by\b"
                         r"|\bregister(?:ed|s)\s+(?:the|its|an?)\s+(?:\w+\s+){0,2}?(?:judgment|award)\s+(?:in|with|before)\b"
                         r"|\bseek(?:s|ing)\s+(?:the\s+)?recognition\b(?=[^.;]{0,80}?\b(?:court|judgment|award))"
                         r"|\b(?:served|delivered|sent|issued|gave|submitted)(?:,\s+on\s+[\w ,]{4,24}?\d{4},)?\s+(?:to\s+(?:[\w'-]+\s+){1,8}?|to\s+(?:[\w'-]+\s+){0,7}?[\w'-]+,\s+on\s+[\w ,]{4,24}?\d{4},\s+)?(?:a\s+|an\s+|its\s+|the\s+)?(?:formal\s+|written\s+)?notice\s+of\s+(?:intent|dispute|arbitration|claim)"
                         r"|\b(?:been|was|were)\s+served\s+with\s+(?:a\s+|an\s+)?(?:statement\s+of\s+claim|lawsuit|complaint|claim|notice\s+of\s+(?:civil\s+)?claim|writ|petition|originating\s+(?:application|process|summons))"
                         # ('applied for and were granted an initial order': the application, and the order granted)
                         r"|\bapplied\s+for(?=\s+and\s+(?:were|was)\s+granted\s+(?:an?\s+)?(?:initial|interim|receivership)\s+order)"
                         r"|\bapplied\s+for\s+(?:an?\s+)?(?:initial|interim|receivership)\s+order"
                         r"|\b(?:filed|applied)\s+for\s+(?:bankruptcy|creditor\s+protection|protection\s+under|Chapter\s+11|receivership)"
                         r"|\bapplied\s+(?:to|before|with)\s+(?:\S+\s+){0,12}?to\s+(?:register|recogni[sz]e|confirm|enforce)\b"
                         # a hearing held and a tribunal constituted are steps of the proceeding
                         r"|\bhearings?\b[^.;]{0,120}?\b(?:was|were|has\s+been|have\s+been)\s+held\b"
                         r"|\bhearings?\s+(?:on|of)\b[^.;]{0,80}?\bconclude[sd]\b"
                         r"|\b(?:arbitral\s+|arbitration\s+)?tribunal\s+(?:was|has\s+been|had\s+been)\s+(?:duly\s+)?constituted\b"),
    ("expropriation", r"\b(?:purport(?:ed|s|ing)?|decided|moved)\s+to\s+(?:cancel|revoke|annul|expropriate|seize|nationali[sz]e|terminate)\b|\b(?:adopted|issued|passed|signed)\s+(?:a\s+|an\s+)?(?:resolution|decree|order|decision)\s+(?:terminating|revoking|cancell?ing|annulling|withdrawing)\s+(?:the\s+|its\s+)?(?:\S+\s+){0,4}?(?:licen[cs]es?|concessions?|permits?|mining\s+rights?|subsoil\s+use\s+(?:rights?|contracts?)|(?:production\s+sharing|mining)\s+(?:agreements?|contracts?))\b|\b(?:were|was|been)\s+(?:revoked|cancelled|confiscated|seized|annulled|terminated)\s+by\s+(?:a\s+|an\s+|the\s+)?(?:decree|resolution|government|ministry|state|order|presidential)|\bexpropriat(?:ed|es|ion|e)\b|\bnationali[sz](?:ed|ation|es|ing)\b|\b(?:revoked|cancell?ed|annulled|rescinded)\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,4}?(?:concessions?|licen[cs]es?|permits?|titles?)\s+(?:by|through|under)\s+(?:a\s+|an\s+)?(?:(?:Supreme|Presidential|Ministerial|Executive|Government)\s+)?(?:Decree|Resolution|Order)\b|\b(?:adopted|issued|passed|signed)\s+(?:a\s+|an\s+)?(?:Supreme\s+)?(?:resolution|decree|order|decision)\b(?:\s+No\.?\s*[\w./-]+)?\s+transferring\s+(?:the\s+(?:Company|Corporation|Group)['\u2019]s|its)\b|\b(?-i:[A-Z]{2,}|Government|Ministry|State)['\u2019]s\s+(?:invalidation|revocation|cancellation|withdrawal|expropriation)\s+of\b|\bdeclar(?:ed|es|ing)\s+(?:\S+\s+){1,10}?to\s+be\s+(?:the\s+)?property\s+of\s+the\s+(?:State|Nation|Republic)\b|\b(?:declared|declares|declaring)\s+(?:the\s+)?(?:expiry|caducidad|forfeiture|cancellation|revocation)\b|\b(?:invalidation|revocation|cancellation|annulment|withdrawal)\s+of\s+(?:\S+\s+){0,8}?(?:licen[cs]es?|concessions?|permits?|titles?)\b[^.;]{0,120}?\bby\s+(?:the\s+|a\s+)?(?:(?:[A-Z][\w-]*\s+){0,6}?(?:Ministry|Minister|Government|Authority|Agency|State|Republic|Council|Commission|President|Bureau|Directorate)\b|(?:presidential\s+|ministerial\s+|supreme\s+|executive\s+)?[Dd]ecree\b)|\b(?:decree|government|state|republic|ministry|minister|agency|authority|council\s+of\s+ministers)\b.{0,140}?\b(?:seized|seizes|seizing|confiscated|confiscates|confiscating|revoked|revokes|revoking|cancelled|cancels|cancelling|canceling|rescinded|rescinds|rescinding|annulling|invalidated|invalidates|invalidating)\b"
                      # 'the Federal Agency for Subsoil Use terminated the subsoil use licence', 'the Ministry ...
                      # extinguished three of the eight concessions', 'the Republic of Niger ... withdrew the exploitation
                      # permit', 'Supreme Decree No. 1372, which reverted to the State the Suches mining concessions'
                      r"|\b(?:decree|government|state|republic|ministry|minister|agency|authority)\b[^.;]{0,140}?\b(?:withdrew|"
                      r"withdraws|withdrawing|terminated|terminates|terminating|extinguished|extinguishes|extinguishing|"
                      r"reverted|reverts|reverting)\b[^.;]{0,80}?\b(?:"
                      r"licen[cs]es?|concessions?|permits?|mining\s+conventions?|mining\s+rights?|mining\s+titles?)\b"
                      # 'officials of the Ministry ..., accompanied by troops ..., took possession of the Tomasote plant'
                      r"|\b(?:government|state|ministry|authorities|officials|troops|police)\b[^.;]{0,160}?\btook\s+(?:control|"
                      r"possession)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:plant|mine|mill|operations?|site|concessions?|"
                      r"assets|facilities)\b"),
    ("acquisition", r"\b(?:complet(?:ed|es)|clos(?:ed|es))\s+(?:the\s+|its\s+)?(?:\w+\s+){0,3}?(?:plan\s+of\s+arrangement|merger|amalgamation|business\s+combination|take-?over)\b|\bagreement\b(?:\s+\([^)]{0,40}\))?\s+with\s+[^;]{0,160}?\(the\s+\"(?:Vendor|Vendors|Seller|Sellers)\"\)\s+for\s+the\s+(?:acquisition|purchase)\s+of\b|\bagreement\b(?:[^.;]|\.(?!\s+(?-i:[A-Z][a-z]))){0,150}?\b(?:under\s+which|pursuant\s+to\s+which|in\s+terms\s+of\s+which|whereby)\s+(?:\w+\s+){0,2}(?:will|would|is\s+to|shall)\s+(?:acquire|purchase(?![^.;]{0,40}?\b(?:gold|silver|production|concentrate|ounces|metals?)\b))\b(?!,?\s+on\s+a\s+private\s+placement\s+basis)|\b(?:sale\s+and\s+purchase|purchase\s+and\s+sale|share\s+purchase|purchase|acquisition)\s+agreement\b(?:[^.;]|\.(?!\s+(?-i:[A-Z][a-z]))){0,150}?\b(?:for\s+the\s+acquisition\s+of|to\s+acquire)\b|\b(?:complet(?:ed|es)|clos(?:ed|es)|announce[sd]?|entered\s+into\s+(?:a|an)\s+(?:\w+\s+){0,3}agreement\s+(?:to|for)|agreed\s+to|signed\s+(?:a|an)\s+(?:\w+\s+){0,3}agreement\s+(?:to|for))(?:,?\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\s+)\d{4},?)?\s+(?:the\s+|its\s+|their\s+)?acqui(?:re|sition\s+of)\b|\b(?:complet(?:ed|es)|clos(?:ed|es))\s+(?:the\s+|its\s+)?purchase\s+of\s+(?:the|a|an|all|its|\d|(?:exploration|mining|prospecting)\s+(?:permit|licen[cs]e|lease|concession)s?\b)|\bhas\s+(?:also\s+|now\s+|today\s+|successfully\s+)?acquired\b|\bacquired\s+(?:a\s+|an\s+|all\s+|the\s+|\d+%)"
                    # 'The acquisition was completed effective March 31, 2004 for total consideration of $6.25 million'
                    rf"|\b(?:[Tt]he|[Ii]ts)\s+acquisition\s+(?:of\s+{_PAST_ABBREV}{{0,140}}?\s+)?(?:(?:was|has\s+been)\s+)?"
                    r"(?:completed|closed|implemented)\b"
                    # 'the Company acquired 42 unpatented lode mining claims ... from Silver State Claims LLC'
                    r"|\bacquired\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:claims|licen[cs]es|concessions|tenements|leases|"
                    r"permits|properties|hectares)\b"
                    # 'it has entered into an agreement dated February 27, 1996 with Minera Quisqueya, C. por A. to
                    # acquire a 100% interest in the La Cumbre gold concession'
                    r"|\b(?:entered\s+into|signed|executed)\s+(?:a|an)\s+(?:\w+\s+){0,3}?agreement\s+(?:\([^()]{0,40}\)\s+)?"
                    r"(?:dated\s+[^;]{4,30}?\s+)?with\s+"
                    r"(?:[^.;]|\.(?=\s*[a-z(,])|(?<=\b[A-Z])\.){3,120}?\bto\s+acquire\b"
                    # 'a non-binding letter of intent dated April 12, 2021 (the "LOI") with Buffalo Gulch Milling LLC to
                    # acquire a 100% interest in the Orogrande mill', '... letter of intent ... under which Kapikik will
                    # acquire all of the issued and outstanding common shares of Savant Lake'
                    rf"|\bletter\s+of\s+intent\b{_PAST_ABBREV}{{0,160}}?\b(?:to\s+acquire|for\s+the\s+acquisition\s+of|(?:under\s+which|"
                    r"pursuant\s+to\s+which|whereby)\s+(?:\w+\s+){0,2}(?:will|would|is\s+to|shall)\s+acquire)\b"
                    # 'Under the Merger Agreement, Halcyon will acquire all of the issued and outstanding shares of Eastwind'
                    r"|\b(?:[Uu]nder|[Pp]ursuant\s+to)\s+the\s+(?:[A-Z][\w-]*\s+){0,3}Agreement(?:\s+dated\s+[^;]{4,30}?)?,\s+"
                    r"(?:[A-Z][\w.&'-]*\s+){1,4}"
                    r"(?:will|would|is\s+to|shall|has\s+agreed\s+to)\s+acquire\b"
                    # a take-over bid taken up: 'took up all of the deposited shares on July 18, 2006'
                    r"|\b(?:took|taken)\s+up\s+(?:and\s+paid\s+for\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:[\w,]+\s+){0,3}?(?:shares|securities)\s+"
                    r"(?:(?:of\s+)?(?:[A-Z][\w.&'-]*\s+){1,5})?(?:deposited|tendered)\b"
                    r"|\b(?:took|taken)\s+up\s+(?:and\s+paid\s+for\s+)?(?:all\s+(?:of\s+)?)?the\s+(?:deposited|tendered)\s+(?:shares|securities)\b"
                    # 'the completion of its acquisition of X', 'the closing today of the previously announced acquisition'
                    r"|\b(?:completion|closing)\s+(?:today\s+|on\s+(?:[\w.,]+\s+){1,3}?\d{4}\s+)?of\s+(?:the\s+|its\s+|their\s+)(?:previously\s+announced\s+)?acquisition\s+of\b"
                    r"|\b(?:entered\s+into|signed|concluded)\s+(?:a|an)\s+(?:\w+\s+){0,3}?agreement\s+with\s+(?:[^.;]|\.(?=\s*(?-i:[a-z(,]))){1,120}?\bto\s+acquire\b"
                    # 'entered into a share purchase agreement ("the SPA") with X ("the Seller")': the issuer buys
                    r"|\b(?:entered\s+into|signed|executed|concluded)\s+(?:a|an)\s+(?:conditional\s+|binding\s+|definitive\s+)?"
                    r"(?:(?:share|asset|stock|equity|definitive)\s+)?(?:sale\s+and\s+)?purchase\s+agreement\b(?=[^;]{0,200}\b(?:Seller|Vendor)s?\b)"),
    ("disposition", r"\b(?:completion|closing)\s+(?:today\s+|on\s+(?:[\w.,]+\s+){1,3}?\d{4}\s+)?of\s+(?:the\s+|its\s+)(?:previously\s+announced\s+)?(?:sale|disposal|"
     r"divestiture|disposition)\s+of\b|"
     r"\b(?:agreement|letter\s+of\s+intent|LOI|heads\s+of\s+(?:terms|agreement))\b(?:[^.;]|\.(?!\s+(?-i:[A-Z][a-z]))){0,150}?\b(?:to\s+sell\s+(?:its|all|the|a)\b|for\s+the\s+(?:sale|"
     r"disposal|divestiture)\s+of\s+(?:substantially\s+)?(?:its|all|the|a)\b)|\b(?:agreements?|agreed|agrees)\s+to\s+(?:sell\s+(?:its|all|the|a)|dispose\s+of)\b|\bin\s+terms\s+of\s+which\s+(?:the\s+(?:Company|Corporation|Group)|it|(?-i:[A-Z][a-z]+))\s+will\s+(?:sell|dispose\s+of)\b(?![^.;]{0,80}?\bto\s+(?:the\s+(?:Company|Corporation|Group)|it)\b)|\b(?:complet(?:ed|es)|clos(?:ed|es)|announce[sd]?|agreed\s+to)\s+(?:the\s+|its\s+)?(?:sale|divestiture|disposition|disposal)\s+of\b|\b(?:complet(?:ed|es)|clos(?:ed|es))\s+(?:the\s+)?transfer\s+of\b(?=[^.;]{0,200}?\bto\s+(?!the\s+(?:Company|Corporation|Group)\b)(?-i:[A-Z]))|(?<!\bhad\s)(?<!\bhad\sthe\scompany\s)(?:\bhas\s+sold\b|\bsold\s+(?:its|all\s+of\s+its|a\s+\d+%|the)\b)(?!\s+(?:(?:its|the|all|of)\s+)*(?:[\w-]+\s+){0,2}?(?-i:gold|ounces|oz|production|concentrates?|dor[eé]|bullion|silver|output)\b)|\bdivest(?:ed|s)\b"
     # 'it sold 42 non-core unpatented lode claims ... to Great Basin Prospecting LLC for $250,000', 'disposed of a 26%
     # interest in ... to Thandeka Holdings (Pty) Ltd', 'the disposal of ... to Westmoor Capital Partners LLP completed'
     r"|\b(?:sold|disposed\s+of)\s+(?!(?:(?:its|the|all|of)\s+)*(?:[\w,.-]+\s+){0,2}?(?-i:gold|ounces|oz|production|"
     r"concentrates?|dor[eé]|bullion|silver|output|shares\s+of\s+(?:the\s+)?(?:Company|Corporation))\b)[^.;]{0,160}?\bto\s+"
     r"(?-i:[A-Z])[^.;]{0,160}?\bfor\s+(?:\w+\s+){0,3}?(?:consideration|proceeds|(?:US|C|A|CDN|U\.S\.)?[$£€]|R\s?\d|\d)"
     # ('the disposal of the Group's 51% equity interest in Tianmu Mining Co., Ltd. to Zhejiang Hengtai Resources Co.,
     # Ltd. for a cash consideration of RMB420 million was completed on 30 December 2024')
     rf"|\b(?:sale|disposal|divestiture)\s+of\b{_PAST_ABBREV}{{0,200}}?\bto\s+(?-i:[A-Z])"
     rf"{_PAST_ABBREV}{{0,120}}?\b(?:was\s+)?(?:completed|closed|implemented)\s+on\b"),
    ("agreement", r"\b(?:agreement|contract|deed)\s+(?:was\s+|were\s+)?(?:signed|entered\s+into|executed|concluded)\s+(?:on|in|with)\b|"
                  # 'a binding offtake agreement between Kimberley and Meridian Metals Trading AG ..., was signed on'
                  rf"\b(?:agreement|contract)\s+between\s+{_PAST_ABBREV}{{0,160}}?\b(?:was|were|has\s+been)\s+"
                  r"(?:signed|executed|entered\s+into|concluded)\b|"
                  r"\b(?:reached|concluded|agreed)\s+(?:a|an|the\s+terms\s+of\s+a)\s+(?:\w+\s+){0,2}?settlement\b(?!\s+of\s+(?:debt|indebtedness))|"
                  # 'the parties agreed to settle the U.S. class action for US$4.75 million'
                  r"\bagreed\s+to\s+settle\s+(?:the|its|their|all)\s+(?:[\w.'-]+\s+){0,3}?(?:action|lawsuit|suit|claims?|litigation|"
                  r"dispute|arbitration|proceedings?)\b|\b(?:signed|entered\s+into|executed|concluded|finalized|finalised)\s+(?:a\s+|an\s+|the\s+)?(?:[\w'-]+\s+){0,7}?(?:agreements?|memorandum\s+of\s+understanding|MOU|contracts?|joint\s+venture|alliance|deed|(?:mining|stability|investment|establishment)\s+convention)\b"),
)
_EXECUTIVE_WORDS = ("appoint", "designat", "reliev", "cease", "resign", "retir", "step", "join", "transition", "named", "elect", "succe", "replac", "depart", "leav",
                    "serve as", "act as", "hire", "welcome", "promot", "left", "assum", "take over", "terminat",
                    "accept", "ceased", "become", "became", "select", "chose", "tapped", "engage", "retain", "recruit",
                    "passing", "death", "died", "passed away", "commence", "start as", "started as", "began as", "took up", "take up", "taken up", "relinquish",
                    "vacate", "confirmed")
# words one of which a sentence must contain before a trigger's (costlier) pattern is tried
TRIGGER_WORDS = {
    "enforcement_action": ("enforce", "attach", "seiz", "garnish", "writ", "execution", "freez", "saisie", "receiver"),
    "legal_challenge": ("appeal", "annul", "set aside", "vacat", "recours", "challeng"),
    "court_judgment": ("court", "cour ", "corte", "juzgado", "tribunal", "judg", "justice", "ruling", "decision",
                       "exequatur", "granted", "council of state", "committee", "verdict"),
    "arbitration_award": ("tribunal", "arbitra", "award", "panel"),
    "legal_proceeding": ("suit", "action", "litigation", "applica", "claim", "petition", "motion", "proceeding", "arbitration",
                         "writ", "amparo",
                         "recurso", "demanda", "acción", "accion",
                         "complaint", "notice of", "recognition", "applied for", "filed for", "registered the", "registers the",
                         "applied to", "applied before", "applied with", "hearing", "constituted"),
    "expropriation": ("expropri", "nationali", "seiz", "confiscat", "revok", "cancel", "rescind", "annulling", "declar",
                      "transferring", "invalidat",
                      "terminat", "withdr", "extinguish", "revert", "took control", "took possession",
                      "purport",
                      "invalidat", "revocation"),
    "acquisition": ("acqui", "arrangement", "merger", "amalgamation", "takeover", "take-over", "business combination",
                    "purchase agreement", "purchase of", "took up", "taken up"),
    "disposition": ("sale", "sold", "sell", "divest", "dispos", "transfer of"),
    "agreement": ("agreement", "memorandum", "mou", "contract", "joint venture", "alliance", "deed", "convention",
                  "settle"),
}
_ANY_EVENT_WORD = re.compile("|".join(re.escape(w) for w in sorted(
    set(_EXECUTIVE_WORDS) | {w for ws in TRIGGER_WORDS.values() for w in ws}, key=len, reverse=True)))
_TRIGGER_RES = tuple((t, _rx(p, re.I), TRIGGER_WORDS[t]) for t, p in TRIGGERS)
_PRECEDENCE = {t: i for i, (t, _) in enumerate(TRIGGERS)}
_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|yet\s+to|refused\s+to|failed\s+to)\s+(?:\w+\s+){0,2}$", re.I)
# the issuer's side acting: 'the Company's subsidiary, Tekeli Altyn LLP, filed an appeal' is its proceeding
_OUR_SIDE = (r"\b(?:[Tt]he\s+(?:Company|Corporation|Group)(?:'s\s+(?:\w+[- ])?(?:owned\s+)?subsidiar(?:y|ies))?|"
             r"[Ii]ts\s+(?:\w+[- ])?(?:owned\s+)?subsidiar(?:y|ies)|[Ww]e)\b(?:,[^,.;]{0,50},)?\s+(?:has\s+|have\s+)?$")
_MODAL = re.compile(r"\b(?:will|would|could|(?-i:may)|might|shall|intends?\s+to|plans?\s+to|expects?\s+to|seeks?\s+to|if|any|"
                    r"(?:is|are)\s+considering|(?:is|are)\s+contemplating|had\s+considered|had\s+contemplated)\s+(?:\w+\s+){0,3}$",
                    re.I)
_STATE = re.compile(
    r"(?:(?:the\s+)?(?:Government|government)\s+of\s+)?(?:the\s+)?(?P<state>(?:[A-Z][\w-]+\s+){0,2}(?:Republic|Kingdom|Federation|State|Commonwealth|Emirate)\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?!Court|Supreme)[A-Z][\w-]+)?)"
    r"|(?:the\s+)?(?P<gov>(?:Government|government)\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")     # (a step told with its date is news, undated it is a reference)
_AGAINST_ENFORCEMENT = _rx(r"[^.;]{0,160}?\b(?:seeking|to\s+(?:obtain|secure)?\s*)\s*(?:the\s+)?(?:release|lifting|discharge|"
                                  r"annulment|setting\s+aside|stay|vacatur|to\s+(?:release|lift|discharge|annul|set\s+aside|stay|vacate))\b",
                                  re.I)
_COUNTRY = re.compile(
    r"\b(Venezuela|Ecuador|Bolivia|Argentina|Mexico|Peru|Colombia|Chile|Brazil|Guatemala|Kyrgyzstan|Kyrgyz\s+Republic|Mongolia|"
    r"Tanzania|Mali|Burkina\s+Faso|Niger|Ghana|Guinea|Eritrea|Zimbabwe|Indonesia|Philippines|Russia|Kazakhstan|Romania|Turkey|Egypt|"
    r"Argentine\s+Republic|Slovak\s+Republic|Czech\s+Republic|Dominican\s+Republic|Costa\s+Rica|Nicaragua|Honduras|Panama|"
    r"Uruguay|Guyana|Suriname|Senegal|C[oô]te\s+d'Ivoire|Liberia|Sierra\s+Leone|Nigeria|Cameroon|Gabon|Uganda|Kenya|"
    r"Ethiopia|Sudan|Mozambique|Zambia|Namibia|Madagascar|Mauritania|Algeria|Morocco|Burundi|Solomon\s+Islands|"
    r"Papua\s+New\s+Guinea|Fiji|Viet\s+Nam|Vietnam|Laos|Cambodia|Myanmar|Uzbekistan|Tajikistan|Armenia|Azerbaijan|Ukraine|"
    r"Serbia|Albania|Kosovo|Bulgaria|Slovakia|Greece|North\s+Macedonia|Macedonia|Montenegro|Bosnia\s+and\s+Herzegovina|Croatia|"
    r"Hungary|Poland|Spain|Portugal|Italy|Moldova|Belarus|Turkmenistan|El\s+Salvador|Paraguay|Belize|Jamaica|Haiti|Cuba|"
    r"Trinidad\s+and\s+Tobago|Angola|Botswana|Malawi|Rwanda|Benin|Togo|Djibouti|Eswatini|Lesotho|Gambia|Equatorial\s+Guinea|"
    r"Libya|Tunisia|Iran|Iraq|Oman|Yemen|Pakistan|India|Sri\s+Lanka|Bangladesh|Nepal|Thailand|Malaysia|Timor-Leste)\b")
# a country named as a place ('in the Western Region of Ghana') or inside a treaty's title ('the Agreement between the
# Government of Canada and the Government of the Republic of Ecuador for the Promotion ...') is no party
_PLACE_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|"
                           r"(?:north|south)-\w+|[A-Z][\w'-]*)\s+){0,3}$|\b(?:[Rr]egions?|[Pp]rovinces?|[Dd]epartments?|"
                           r"[Dd]istricts?|parts?|north|south|east|west)\s+of\s+(?:the\s+)?$")
_TREATY_TITLE = _rx(r"\b(?:Agreement|Treaty|Convention)\s+between\s+(?:[^.;]|\.(?=\S)){0,200}?(?=\s+(?:for|on|concerning|"
                           r"relating\s+to)\s+the\b|\s*\()|\b[A-Z][\w ]*?-[A-Z][\w ]*?\s+(?:bilateral\s+investment\s+treaty|BIT)\b"
                           # 'the bilateral investment treaty between the Kingdom of the Netherlands and the Republic of
                           # Paraguay issued the Award': the treaty's parties, up to the next word in lower case
                           r"|\b(?:investment\s+)?treaty\s+between\s+(?:(?:the|of|and)\s+|[A-Z][\w'-]*\s+)+?(?=[a-z])")
_MONTHS = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
           r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)")   # (a month, or one written short: 'in Nov. 2018')
# courts named in French, Spanish or Portuguese: 'Tribunal de grande instance de Paris', "Cour d'appel de Paris",
# 'Cour de cassation', 'Tribunal Supremo de Justicia', 'Corte Suprema de Justicia', 'Superior Tribunal de Justiça'
_ROMANCE_COURT = (
    r"\b(?:(?:Supremo|Superior)\s+Tribunal|Tribunal|Cour|Corte|Juzgado)"
    r"(?:\s+(?:de|du|des|del|da|do|la|lo|grande|instance|commerce|cassation|judiciaire|administratif|administrative|"
    r"d'appel|d'Appel|de\s+l'|[A-Z\u00c0-\u00de][\w\u00e0-\u00ff'-]+)){1,7}")
_VENUE_RE = re.compile(
    r"(?P<french>" + _ROMANCE_COURT + r")"
    r"|(?P<tribunal>(?:[Aa]rbitra(?:l|tion)\s+)?[Tt]ribunal\s+(?:operating|convened|constituted|established|formed)\s+under\s+(?:the\s+)?"
    r"[A-Z][\w.'-]*(?:\s+(?:(?![A-Z][\w.-]*['\u2019]s\b)[A-Z][\w.'-]*|of|the|for|and|in))*(?<!\sin)(?<!\sof)(?<!\sfor)(?<!\sand)(?<!\sthe))"
    r"|(?P<court>(?:(?:U\.S\.|United\s+States|[A-Z][\w.'&-]*)\s+){0,6}(?:Court|Tribunal|Centre|Center|Commission|Chamber|Council\s+of\s+State)\b"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+)?" + _MONTHS + r"(?:[A-Z][\w.'-]*)(?:\s+(?:of|the|for|and|de|du|in|" + _MONTHS + r"[A-Z][\w.'-]*))*)?"
    r"(?:\s+\([A-Z][\w .]+\))?)"
    r"|(?P<short>\b(?:D\.?C\.?|New\s+York|Ontario|Quebec|British\s+Columbia|Canadian|English|French|Paris|Delaware|U\.S\.|federal)\s+[Cc]ourts?\b)"
)
_AND_STATE = _rx(r"\band\s+(?:the\s+)?(?:Government|Republic|Kingdom)\s+of\b(?=[^.;]{0,160}$)")
_WITH_STATE = re.compile(r"\bwith\s+(?:the\s+)?(?:(?:Government|Republic|Kingdom|State)\s+of|[A-Z]\w+\s+(?:Government|Republic))\b")
_INSTITUTION = re.compile(r"\b(?:ICSID|LCIA|SIAC|HKIAC|PCA|SCC)\b(?!\s+(?:Rules|Convention|Arbitration\s+Rules))")
# the arbitral institutions by their full names: a release that writes only 'ICSID' or 'the ICC Court' still names
# the institution the case is before
_INSTITUTION_NAMES = {
    "ICSID": "International Centre for Settlement of Investment Disputes",
    "LCIA": "London Court of International Arbitration",
    "SIAC": "Singapore International Arbitration Centre",
    "HKIAC": "Hong Kong International Arbitration Centre",
    "PCA": "Permanent Court of Arbitration",
    "SCC": "Arbitration Institute of the Stockholm Chamber of Commerce",
    "ICC": "International Chamber of Commerce",
}
_INSTITUTION_MENTION = re.compile(
    r"\b(?:(?P<ICSID>ICSID|Settlement\s+of\s+Investment\s+Disputes)|(?P<LCIA>LCIA|London\s+Court\s+of\s+International)"
    r"|(?P<SIAC>SIAC|Singapore\s+International\s+Arbitration)|(?P<HKIAC>HKIAC|Hong\s+Kong\s+International\s+Arbitration)"
    r"|(?P<PCA>PCA|Permanent\s+Court\s+of\s+Arbitration)|(?P<SCC>SCC|Stockholm\s+Chamber\s+of\s+Commerce)"
    r"|(?P<ICC>ICC|International\s+Chamber\s+of\s+Commerce))\b")
_INSTITUTION_WORDS = ("icsid", "lcia", "siac", "hkiac", "pca", "scc", "icc", "investment disputes", "court of arbitration",
                      "international arbitration", "chamber of commerce")
# the steps of an arbitration, and of the annulment of its award (a court's setting aside is no step before the
# institution): by the words that tell them
_ARBITRAL_STEP = {"arbitration_award": ("",), "legal_proceeding": ("arbitra", "tribunal"),
                  "legal_challenge": ("annulment", "ad hoc committee"), "court_judgment": ("annulment", "ad hoc committee")}
_INSTITUTION_BY_ACRONYM = re.compile(r"^(?P<acronym>ICSID|LCIA|SIAC|HKIAC|PCA|SCC|ICC)(?:\s+(?:Court|Tribunal|Secretariat))?$")
_SHORT_TO_FULL = {"dc": "district of columbia", "d.c.": "district of columbia", "new york": "new york",
                  "ontario": "ontario", "paris": "paris", "canadian": "canada", "english": "england",
                  "british columbia": "british columbia", "quebec": "quebec", "delaware": "delaware"}
_JURISDICTION = re.compile(r"\b(?:in|of)\s+(Canada|England|France|the\s+United\s+States|New\s+York|Ontario|Australia|the\s+United\s+Kingdom|Paris|London)\b|\b(Canadian|English|French|American|New\s+York)\s+(?:judgment|court|lawsuit|action|proceedings?)\b")
_GENERIC_VENUE = re.compile(r"^(?:the\s+)?(?:arbitral|arbitration)?\s*(?:tribunal|court)$", re.I)
_FINANCING_WORDS = re.compile(
    r"\b(?:underwrit\w+|placement|placing|offering|equity\s+distribution|at[- ]the[- ]market|loans?|"
    r"(?:credit|loan|debt|term|revolving|bridge|finance|financing|standby|working\s+capital)\s+facilit(?:y|ies)|"
    r"facilit(?:y|ies)\s+agreements?|project\s+finance|stream(?:ing)?|royalt(?:y|ies)|"
    r"debentures?|notes?|credit|financing|subscription|term\s+sheet|intercreditor|warrants?|upfront|prepayment|"
    # (a sum deposited, not an ore deposit: 'an upfront deposit of US$120 million', not 'the Two Mile Well deposit')
    r"(?:up-?front|advance|cash|refundable|security)\s+deposits?|deposits?\s+of\s+(?:[A-Z]{0,3}\$|£|€|U\.?S\.?)|"
    r"indebtedness|(?:finance|financial|capital)\s+lease|hire[- ]purchase|leasing|"
    # a stream or a forward sale by the name of its contract: 'a precious metals purchase agreement under which
    # Highcroft will purchase 7% of the refined gold', 'a forward gold sale agreement'
    r"precious\s+metals?\s+purchase|(?:gold|metals?)\s+purchase\s+agreement|forward\s+(?:gold\s+|metals?\s+)?sales?)\b",
    re.I)
# 'US$4.1 million of the Company's legal fees': costs awarded beside the award, not its amount
_COSTS_AFTER = re.compile(r"\s+(?:of|in|for|towards?)\s+(?:the\s+|its\s+)?(?:\w+'s\s+)?(?:\w+\s+){0,2}(?:legal\s+)?(?:fees|costs)\b", re.I)
_KEEPS_AGREEMENT_WORDS = r"forbearance|standstill|settlement"     # an agreement about the debt that stays an event
_KEEPS_AGREEMENT = re.compile(_KEEPS_AGREEMENT_WORDS, re.I)
_NOT_FINANCING_AGREEMENT = _rx(rf"\b(?:{_KEEPS_AGREEMENT_WORDS}|support|offtake|"
                                      r"shareholders'|joint\s+venture|alliance|mining|community|"
                                      # (a state's royalty is a term of its concession, no financing: 'a memorandum of
                                      # understanding under which the royalty dispute will be referred to an expert')
                                      r"memorandum\s+of\s+understanding|concession)\b|"
                                      # (an amendment or deed of something else than the debt: 'a second amending
                                      # agreement which further extends the forbearance period')
                                      r"\b(?:amending|amendment|deed)\b(?!(?:[^.;]|\.(?=\s*[(a-z])){0,160}?\b(?:credit|loan|facility|bonds?|notes?|"
                                      r"debentures?)\b)", re.I)
_WITH_THE_STATE = re.compile(r"\s+with\s+(?:the\s+)?(?:(?:Government|Republic|Kingdom|State)\s+of\b|(?:[A-Z]\w+\s+){0,2}?"
                             r"(?:Ministry|Ministerio|Minist[eè]re|Government)\b)")
_NON_EXECUTIVE = re.compile(r"\b(?:independent\s+)?non-executive\s+(?:director|member)\b", re.I)
# a role taken long ago, told in passing: 'Lorena Gastélum, who joined the Company as Chief Operating Officer in 2022,
# is leading the study'
_APPOINTED_IN_YEAR = _rx(r"\b(?:was|were)\s+(?:appointed|promoted|named)\b[^.;]{0,60}?\bin\s+(?P<y>(?:19|20)\d\d)\b")
_JOINED_LONG_AGO = re.compile(r",\s+who\s+(?:joined|was\s+appointed|became|has\s+served)\b[^,;]{0,80}?\bin\s+(?P<y>(?:19|20)\d\d),")
# the company all of whose shares are bought: 'under which Larch will acquire all of the issued and outstanding common
# shares of Riviere-Doree', 'Balladonia will acquire 100% of Yalgarra'
_BOUGHT_OUT = re.compile(r"\b(?:acquire|acquiring|acquisition\s+of)\s+(?:all|100\s?%)\s+of\s+(?:the\s+)?(?:issued\s+and\s+outstanding\s+|"
                         r"outstanding\s+|issued\s+)?(?:(?:common|ordinary)\s+)?(?:shares\s+(?:of|in)\s+)?(?P<target>[A-Z][^\s,.;:()]*)")
# what the press says (and 'media reports published on Feb. 21, 2025 which stated that ...')
_HEARSAY = _rx(HEARSAY.pattern, HEARSAY.flags)
# what the press says the company did: 'articles ... in a Lima business daily reporting that the Company ...'
_PRESS_REPORTING = _rx(r"\b(?:articles?|reports?|stor(?:y|ies)|media|newspapers?|press|daily|dailies)\b[^.;]{0,160}?"
                              r"\b(?:reporting|claiming|suggesting|alleging|stating)\s+that\b", re.I)
# ('Reference is made to the announcement of the Company dated 1 April 2019 in relation to the completion of the
# acquisition of the Taixi Gold Mine': the opening of Hong Kong announcements, recalling what was told before)
_REFERENCE_MADE = re.compile(r"\s*Reference\s+is\s+(?:also\s+)?made\s+to\s+the\s+(?:\w+\s+){0,2}?(?:announcements?|"
                             r"circulars?|prospectus|reports?)\b", re.I)
_NOT_A_DEAL = re.compile(r"\b(?:service|employment|consulting|consultancy|executive|management|voting\s+support|support\s+and\s+voting|"
                         r"lock-?up|confidentiality|non-disclosure)\s+(?:contract|agreement)s?\b",
                         re.I)
_DECIDED = re.compile(r"\b(?:rejected|dismissed|denied|refused|upheld)\b", re.I)
_COMMITS = _rx(r"\b(?:under\s+which|pursuant\s+to\s+which|whereby)\b[^.;]{0,120}?\b(?:pay|paying|spend|spending|"
                      r"invest|investing|fund|funding|incur|incurring|expenditures?)\b(?:(?!\b(?:and|but)\s+\w+\s+(?:will|may|has)\b)"
                      r"[^.;]){0,80}$", re.I)
# a royalty or stream created on the issuer's own property and sold is a financing (financings: royalty_stream)
_CLAIM_DISMISSED = _rx(r"\b(?:dismissed|rejected|denied|refused)\b[^.;]{0,60}?\b(?:claims?|allegations?|arguments?|"
                             r"contentions?)\s+that\b[^.;]{0,60}$", re.I)
_NEW_ROYALTY_SOLD = re.compile(r"\s*(?:of\s+)?(?:a|an)\s+(?:new\s+)?(?:[\d.]+\s*per\s*cent\s+)?(?:[\w.%-]+\s+){0,5}?"
                               r"(?:royalty|stream)\b", re.I)     # ('a 2% ...' or 'a 2 per cent net smelter return royalty')
_ROYALTY_BOUGHT_FROM = _rx(r"\s*(?:of\s+)?(?:a|an)\s+(?:[\d.]+\s*per\s*cent\s+)?(?:[\w.%-]+\s+){0,5}?royalty\b[^.;]{0,160}?\bfrom\s+(?:the\s+)?[A-Z]")
# 'US$740 million plus interest from May 12, 2011 until the date of payment': when interest runs from, not the award's day
_ACCRUES_FROM = re.compile(r"\b(?:interest|accru\w*|running|calculated|compounded)\s+(?:\S+\s+){0,7}?from\s+$", re.I)
_PERMIT_APPLICATION = re.compile(r"\b(?:planning|permit(?:ting)?|licen[cs]e|environmental|water(?:\s+use)?|exploration|"
                                 r"development|listing|patent|trademark|prospecting|mining\s+right|concession|"
                                 r"renewal|extension)\s+applications?\b", re.I)
_ARRANGEMENT_ORDER = _rx(r"\b(?:final|interim)\s+order\b(?=[^.;]{0,80}\b[Aa]rrangement\b)|"
                                r"\b[Aa]rrangement\b[^.;]{0,160}\b(?:final|interim)\s+order\b")
_AND_SECOND = re.compile(rf"\s*(?:,\s+(?:and\s+)?|,?\s+and\s+)(?P<p>{_PERSON}){_DESIG}\s*,?\s+as\s+"
                         rf"(?:its\s+|the\s+(?:Company|Corporation|Group)'s\s+|new\s+)?(?P<r>{_ROLE})")
# a person the sentence opens with, whose present or former role follows in apposition
_LEAD_PERSON = re.compile(rf"\s*(?P<p>{_PERSON}){_DESIG},\s+(?:currently|formerly|previously|presently|until\s+now)\b")
_IN_APPOSITION = re.compile(r"^,\s+(?:currently|formerly|previously|presently|until\s+now)\b[^,;]{0,100}$")
_AND_PERSON = re.compile(rf",?\s+and\s+(?P<p>{_PERSON})")
_AS_OF_TODAY = re.compile(r"\b(?:as\s+of|effective(?:\s+as\s+of)?|with\s+effect\s+from|from)\s+today\b", re.I)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)


_NOT_A_NAME_START = re.compile(r"(?:Upon|Following|After|Before|Prior|Completion|Effective|Pursuant|Subject|Under|"
                               r"Concurrently|Accordingly|Subsequently|Additionally|Further|Meanwhile|Today|Shareholders)\b")
_FROM_PARTY = re.compile(r"\bfrom\s+(?:the\s+)?$")
_TO_PARTY = re.compile(r"\bto\s+(?:the\s+)?$")
# a seat on the board as a sentence names it ('a non-executive director', 'an independent director')
_SEAT_WORDS = re.compile(r"\b(?:(?:independent|non-executive|non-independent|executive|lead)\s+){1,2}(?:director|member\s+of\s+the\s+"
                         r"board)\b", re.I)
_BOARD_ONLY = re.compile(r"(?:(?:independent|non-executive|lead|additional|new)\s+)*directors?", re.I)
# the issuer's own subsidiary named in apposition: 'its Guinean subsidiary, Société des Mines de Kignéko SA',
# 'Luoning Baoyuan Mining Co., Ltd., a wholly-owned subsidiary of the Company', 'Heishan Mining (Tongliao) Co., Ltd.
# (the "Seller"), an indirect wholly-owned subsidiary of the Company'
_OWN_BEFORE = re.compile(r"\b(?:its|(?:Company|Corporation|Group)['\u2019]s)\s+(?:[\w%-]+\s+){0,3}?subsidiar(?:y|ies),?\s+"
                         r"(?:[^,;.]{0,40}\s+and\s+)?$")
_OWN_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?,\s+(?:an?|the|its)\s+(?:(?:Company|Corporation|Group)['\u2019]s\s+)?"
                        r"(?:[\w%-]+\s+){0,3}?subsidiary\b(?!\s+of\s+(?!the\s+(?:Company|Corporation|Group)\b))")
# the party that will acquire under an agreement: 'pursuant to which Codelco will acquire'
_OTHER_BUYS = re.compile(r"\b(?:under|pursuant\s+to|in\s+terms\s+of)\s+which\s+(?P<who>(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*)?)\s+"
                         r"(?:will|would|is\s+to|shall)\s+(?:acquire|purchase)\b")
_ALL_SHARES = re.compile(r"\s+(?:all\s+(?:of\s+)?)?the\s+(?:issued\s+and\s+outstanding\s+|outstanding\s+)?(?:common\s+|ordinary\s+)?"
                         r"shares\b", re.I)
_EARLIER_TODAY = re.compile(r"\b(?:earlier|late)\s+today\b", re.I)
_DONE_TODAY = re.compile(r"\b(?:(?:has|have)\s+)?today\s+(?:signed|entered|executed|concluded|completed|closed|filed|lodged|"
                         r"commenced|received|applied|submitted|launched|instituted|issued|served)\b")
_DATE_CUE = re.compile(r"\b(?:on(?:\s+or\s+about)?|last|this\s+past|at\s+the\s+end\s+of|dated|effective|as\s+of|from|since|commencing|starting|issued\s+on|entered\s+on|rendered\s+on)\s+"
                       r"(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?"
                       r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$", re.I)
# ('effective the 31st day of March, 2008', 'effective Friday, September 14, 2012', 'on the evening of Monday,
# 19 October 1998')
_OPENING_DAY = re.compile(r"\W*(?:(?:On|Effective|As\s+of|As\s+at|Last|This\s+past)\s+)?", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|but|whereas|after|before|when)\b|\.\s")
# 'with effect from the same date', 'from that date': the date told just before
_SAME_DATE = re.compile(r"\b(?:on|from|as\s+of|with\s+effect\s+from|effective(?:\s+(?:from|on|as\s+of))?)\s+"
                        r"(?:that|the\s+same)\s+(?:date|day)\b", re.I)
_ALSO_COSTS = re.compile(r"\b(?:also|further|additionally)\s+(?:ordered|awarded|directed)\b[^.;]{0,100}?\b(?:costs|fees|expenses)\b",
                         re.I)
_STEP_NOUN = re.compile(r"(?:annulment|application|appeal|petition|proceedings?|challenge|set[- ]aside|motion)\b", re.I)
_STEP_REFERRED = re.compile(r"\b(?:before|after|now\s+that|until|once|pending)\s+the\s+(?:[\w-]+\s+){0,2}$", re.I)
_SAME_DAY_OPENS = re.compile(r"\W*(?:on\s+)?(?:(?:the|that)\s+same|that)\s+(?:day|date)\b", re.I)
_FUTURE_CUE = re.compile(r"\b(?:by|before|until|no\s+later\s+than|deadline\s+of|expir\w*\s+on|expir\w*|terminat\w*\s+on|through)\s+$", re.I)


# 'Upon his departure, X will serve as interim Chief Operating Officer'
_UPON_DEPARTURE = re.compile(r"\s*(?:Upon|On|Following|After)\s+(?:his|her|their)\s+(?:departure|retirement|resignation)\b")
_AFTER_MEETING = re.compile(r"\b(?:following|after|(?:at|from|upon)\s+the\s+(?:close|conclusion|end)\s+of|at)\s+"
                            r"(?:the\s+|this\s+year's\s+|the\s+(?:Company|Corporation|Group)'s\s+)?(?:(?:20\d\d|next|forthcoming|upcoming)\s+)?"
                            r"(?:annual\s+general\s+meeting|AGMS?|annual\s+meeting)\b", re.I)
# 'The annual general meeting of shareholders will be held at ... on Thursday, 24 November 2011', 'it held its Annual
# General Meeting of Shareholders ("AGMS") and ... on Wednesday, 25 June 2008'
_MEETING_HELD = _rx(r"\b(?:annual\s+general\s+meeting|AGM|annual\s+meeting)\b[^.;]{0,160}?\b(?:held|convened|take\s+place)\b"
                           r"[^.;]{0,120}?\bon\s+$|\b(?:annual\s+general\s+meeting|AGM|annual\s+meeting)\s+(?:on|of)\s+$|"
                           r"\bheld\s+its\s+(?:annual\s+general\s+meeting|AGM|annual\s+meeting)\b[^.;]{0,160}?\bon\s+$", re.I)


def _meeting_date(doc) -> date | None:
    """The day the release says the annual general meeting is (or was) held on."""
    for sent in doc.seg.sentences:
        if sent.section != "body" or not re.search(r"annual\s+general\s+meeting|AGM|annual\s+meeting", sent.text, re.I):
            continue
        for d in find_dates_near(sent.text, doc.release_date, doc.day_first):
            if _MEETING_HELD.search(re.sub(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$", "",
                                           sent.text[:d.start])):
                return d.value
    return None


# a sentence that opens with its day ('Tuesday 10 June 2014 marked the end of the trial phase.')
_DAY_OPENS = re.compile(r"\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?", re.I)


def _date_told_before(doc, sent) -> date | None:
    """The last date, cued as a day something happens on, in the (up to three) body sentences before this one."""
    sentences = doc.seg.sentences
    i = next((k for k, s in enumerate(sentences) if s.start == sent.start), None)
    if i is None:
        return None
    for prev in reversed(sentences[max(0, i - 3):i]):
        if prev.section != "body":
            break
        cued = [d for d in find_dates_near(prev.text, doc.release_date, doc.day_first)
                if (_DATE_CUE.search(prev.text[max(0, d.start - 40):d.start]) or _DAY_OPENS.fullmatch(
                    prev.text[:d.start])) and not re.search(
                    r"\bsince\s+(?:the\s+)?$", prev.text[max(0, d.start - 12):d.start], re.I)]
        if cued:
            return cued[-1].value
    return None


@dataclass
class _Event:
    event_type: str
    event_date: date | None
    counterparty: str | None
    venue: str | None
    amount: float | None
    currency: str | None
    person_name: str | None
    role: str | None
    jurisdiction: str | None
    start: int
    end: int
    adversary: str | None = None    # the other side by a cue ('against Queen Lode'): no detail that keeps a mention apart
    month: tuple[int, int] | None = None    # a step told by its month alone ('in June 2007'): (year, month)
    claimant: bool = False      # the other side read as the one who brought the claim ('brought by X', 'X filed')


def _clean_venue(v: str) -> str | None:
    v = " ".join(v.split()).strip(" ,.;")
    v = re.sub(r"^(?:The|the|A|An|an|a|In|in|On|on|Before|before)\s+", "", v)
    v = re.sub(r"(?:\s+(?:of|the|for|and|de|du|des|del|da|do|la|lo|in|on))+$", "", v)
    if _GENERIC_VENUE.match(v) or len(v.split()) < 2:
        return None
    return v


_VENUE_WORDS = ("court", "cour ", "corte", "juzgado", "tribunal", "centre", "center", "commission", "chamber", "council of state")
_STATE_WORDS = ("republic", "kingdom", "federation", "state of", "states (", "commonwealth", "emirate", "government")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(w in low for w in words)


def _venues(text: str) -> list[tuple[int, str, bool]]:
    out = []
    if not _has_any(text, _VENUE_WORDS):
        return out
    for m in _VENUE_RE.finditer(text):
        if m.group("short"):
            out.append((m.start(), m.group("short"), True))
            continue
        v = _clean_venue(m.group())
        if out and not out[-1][2] and re.fullmatch(r"\s*\(\s*", text[out[-1][0] + len(out[-1][1]):m.start()]):
            continue    # 'the Paris Court of Appeal (Cour d'appel de Paris)': the court's name in its own language
        if v and not re.match(r"(?:Convention|Rules)\b", v):
            out.append((m.start(), v, False))
    return out


# 'On 29 September 2006 the Court upheld the claim': the court the release named last before these words
_A_COURT_WORD = re.compile(r"\b(?:Court|Cour|Corte|Juzgado|Judge|Justice)\b")
_THE_COURT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:same\s+)?(?:[Cc]ourt|[Jj]udge)\b(?!\s+(?:of|for|in|at)\b)(?!['\u2019]s\s+[A-Z])")
_A_COURT = re.compile(r"\b(?:Court|Cour|Corte)\b")


def _court_named_before(pos: int, named_courts: list[tuple[int, str]]) -> str | None:
    """The court a bare 'the Court' at this offset of the release refers back to: the last one named before it."""
    return next((v for at, v in reversed(named_courts) if at < pos), None)


def _institution(acronym: str, full_venues: list[str]) -> str:
    """An arbitral institution by the full name the release gives it, else by its own."""
    return next((v for v in full_venues if _same_venue(acronym, v)), None) or _INSTITUTION_NAMES.get(acronym, acronym)


def _resolve_short(short: str, full_venues: list[str]) -> str | None:
    key = short.lower().replace("courts", "").replace("court", "").strip()
    target = _SHORT_TO_FULL.get(key.replace(" ", " "), key)
    for full in full_venues:
        if target and target in full.lower():
            return full
    return None


def _states(doc) -> dict[str, str]:
    """Country -> the fullest state name the release uses ('Venezuela' -> 'Bolivarian Republic of Venezuela')."""
    out: dict[str, str] = {}
    for sent in doc.seg.sentences:
        if not _has_any(sent.text, _STATE_WORDS):
            continue
        for m in _STATE.finditer(sent.text):
            state = m.group("state")
            if not state:
                continue
            country = state.split(" of ")[-1].replace("the ", "")
            if state.startswith("State of") or country in ("New York", "the State"):
                continue
            if country not in out or len(state) > len(out[country]):
                out[country] = state
        for m in _STATE_BY_ADJECTIVE.finditer(sent.text):    # 'the Argentine Republic' is Argentina's fullest name
            out.setdefault(country_of(m.group(1)), m.group())
        for m in _STATE_DEFINED.finditer(sent.text):
            # 'the Lao People's Democratic Republic ("Laos")', 'the United Mexican States ("Mexico")'
            if len(m.group("full")) > len(out.get(m.group("short"), "")):
                out[m.group("short")] = m.group("full")
    return out


_THE_STATE = re.compile(r"\b[Tt]he\s+(?:Republic|Kingdom|State)\b(?!\s+(?:of|Court|Council|Prosecutor|Attorney)\b)(?!['\u2019]s\s+"
                        r"(?:[Cc]ourt|[Cc]ouncil))")
_STATE_DEFINED = re.compile(r"\b(?P<full>(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:Republic|States|Kingdom|Federation|Emirates|State))"
                            r"\s*\(\s*(?:the\s+)?[\"\u201c](?P<short>[A-Z][\w'\u2019 -]{2,30})[\"\u201d]\s*\)")
_STATE_BY_ADJECTIVE = re.compile(r"\b(Argentine|Kyrgyz|Slovak|Hellenic|Gabonese|Togolese)\s+Republic\b(?!\s+of)")


_AUTHORITY = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<name>(?:(?!The\b)[A-Z][\w-]+\s+)?(?:Ministry|Minister(?=\s+(?:of|for)\s)|Government|Ministerio|Department|Council\s+of\s+Ministers)"
    r"(?:\s+(?:of|for|de|del)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and\s+|of\s+|de\s+|y\s+|e\s+)?[A-Z][\w-]+){0,4})?)")


# an authority the release names in full once and then by its acronym: 'the Superintendencia del Medio Ambiente
# ("SMA")', 'the Agencia Nacional de Minería (ANM)', 'the Federal Agency for Subsoil Use ("Rosnedra")'; or by the
# acronym alone after what it is: "Peru's tax authority, SUNAT"
_ACRONYM_DEFINED = re.compile(r"\s*\(\s*(?:the\s+)?[\"\u201c]?(?P<alias>[A-Z][A-Za-z]{1,20})[\"\u201d]?\s*\)")
_AGENCY = re.compile(r"\b(?:Authority|Agency|Agencia|Superintendencia|Superintendence|Superintendency|Servicio|Service|"
                     r"Organismo|Bureau|Inspectorate|Department|Departamento|Directorate|Direction|Direcci[oó]n|"
                     r"Ministry|Ministerio|Administration)\b")
_AGENCY_NAME = re.compile(
    r"(?P<full>[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|of|for|on|under|in|the|de|del|la|las|los|y|e|and|du|des|da|do|"
    r"No\.\s+\d+))*?)\s*$")
_AGENCY_APPOSED = re.compile(r"\b(?:tax|revenue|mining|mines|environmental|customs)\s+(?:authority|administration|"
                             r"agency|regulator),\s+(?P<alias>[A-Z]{3,})\b")


# a heading or a paragraph before a name is no part of it ('LICENCE REVOCATION\n\nThe State Agency for Geology ...')
_PARAGRAPH_BREAK = re.compile(r"[ \t]*\n[ \t]*\n\s*")


def _authorities(text: str) -> dict[str, str]:
    """Acronym or full name -> the name of each authority the release defines by an acronym ('SMA' ->
    'Superintendencia del Medio Ambiente'), or names by an acronym after what it is ('SUNAT' -> 'SUNAT')."""
    out: dict[str, str] = {}
    for m in _AGENCY_APPOSED.finditer(text):
        out.setdefault(m.group("alias"), m.group("alias"))
    if "(" not in text:
        return out
    for d in _ACRONYM_DEFINED.finditer(text):
        m = _AGENCY_NAME.search(text, max(0, d.start() - 150), d.start())
        if not m:
            continue
        # (the name begins after the sentence before it ends, and after the words that lead it: 'On 4 November 2010
        # the Organismo de Evaluación ...')
        # (nor before the paragraph it is named in: 'LICENCE REVOCATION\n\nThe State Agency for Geology ...')
        full = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", " ".join(_PARAGRAPH_BREAK.split(m.group("full"))[-1].split()))[-1]
        full = re.sub(r"^(?:(?:On|The|In|By|Separately|Yesterday|Today|Earlier|Also)\s+(?:\S+\s+){0,3}?(?:the\s+)?)?"
                      r"(?=[A-Z])", "", full)
        full = re.sub(r"^(?:the|of|for|in|on|under)\s+", "", full.split(" and the ")[-1])
        while (cut := re.search(r"\s+of\s+(?:the\s+)?", full)) and not _AGENCY.search(full, 0, cut.start()):
            full = full[cut.end():]     # ('Resolution No. 27 of the Ministry of Commerce and Industries')
        if not _AGENCY.search(full) or len(full.split()) < 2:
            continue
        alias = d.group("alias")
        out.setdefault(alias, full)
        out.setdefault(full, full)
    return out


def _party_named(text: str, parties: dict[str, str]) -> str | None:
    """The full name of the first party the sentence names by a name the release defined for it."""
    best = None
    for name, full in parties.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                if best is None or at < best[0]:
                    best = (at, full)
                break
            at = text.find(name, end)
    return best[1] if best else None


def _authority_named(text: str, authorities: dict[str, str], venue_spans) -> str | None:
    """The authority a sentence names by its acronym or full name, outside its courts' names."""
    best = None
    text = text.replace("\n", " ")
    for name, full in authorities.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) and \
                    not any(a <= at < b for a, b in venue_spans):
                if best is None or at < best[0]:
                    best = (at, full)
                break
            at = text.find(name, end)
    return best[1] if best else None


def _counterparty(text: str, states: dict[str, str], venue_spans) -> str | None:
    if "between" in text or "-" in text:
        venue_spans = [*venue_spans, *(m.span() for m in _TREATY_TITLE.finditer(text))]
    for m in _STATE.finditer(text):
        if any(a <= m.start() < b for a, b in venue_spans):
            continue
        state = m.group("state") or m.group("gov")
        state = re.sub(r"^(?:The|the)\s+", "", state)
        if state.startswith("State of"):
            continue
        if state.lower().startswith("government of"):
            country = re.sub(r"^government\s+of\s+(?:the\s+)?", "", state, flags=re.I)
            return states.get(country, state)
        return state
    for m in _COUNTRY.finditer(text):
        if any(a <= m.start() < b for a, b in venue_spans) or _PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if any(o.start() <= m.start() < o.end() for o in ISSUER_RE.finditer(text)):
            continue        # ('its subsidiary, Cordillera Argentina S.A., has filed ...'): a company's name, no state
        return states.get(m.group(1), None) or m.group(1)
    full = set(states.values())
    if len(full) == 1 and (m := _THE_STATE.search(text)) and not any(a <= m.start() < b for a, b in venue_spans):
        # 'On 19 May 2012 the Republic filed ...': the one state the release names, by its word for itself
        return next(iter(full))
    return None


def extract_events(doc) -> list[EventFact]:
    states = _states(doc)
    full_venues: list[str] = []
    named_courts: list[tuple[int, str]] = []    # (where in the release, court): what a later 'the Court' refers to
    institutions: set[str] = set()
    venue_aliases: dict[str, str] = {}     # 'the High Court of Justice ..., Commercial Court (the "English Court")'
    for sent in doc.seg.sentences:
        if sent.section == "body":
            found = [(p, v) for p, v, short in _venues(sent.text) if not short]
            full_venues += [v for _, v in found]
            for k, (p, v) in enumerate(found):
                alias = _DEFINED_AS.match(sent.text, p + len(v)) if '"' in sent.text or "\u201c" in sent.text else None
                if alias and alias.group("alias") != v:
                    # (the court and its division: 'the High Court of Justice of England and Wales, Commercial Court')
                    q, w = found[k - 1] if k else (-9, "")
                    full = f"{w}, {v}" if q + len(w) + 2 == p and sent.text[q + len(w):p] == ", " else v
                    venue_aliases.setdefault(alias.group("alias"), full)
            # (an arbitral institution's 'Court' is no court of law: 'the LCIA Court appointed its chairman')
            named_courts += [(sent.start + p, v) for p, v in found if _A_COURT.search(v) and "Arbitra" not in v]
            if _has_any(sent.text, _INSTITUTION_WORDS):
                institutions.update(m.lastgroup for m in _INSTITUTION_MENTION.finditer(sent.text))
    # the one arbitral institution the release names: the venue of the arbitration's steps that name none
    institution = _institution(institutions.pop(), full_venues) if len(institutions) == 1 else None
    issuer_short = (doc.issuer or "").split()[0] if doc.issuer else None
    # (its subsidiaries act for it: 'Hikutaia Mining lodged an appeal'; by their names as one line, however wrapped)
    own_names = list(dict.fromkeys(_one_line(n) for n in own_subsidiaries(doc.clean.text)))
    ours = list(own_names)      # (no other side: "Tengri's wholly-owned subsidiary Kara-Suu Mining LLC")
    if issuer_short and "subsidiar" in doc.clean.text:
        for m in _OWNERS_SUBSIDIARY.finditer(doc.clean.text):
            if m.group("owner") == issuer_short and (sub := ISSUER_RE.match(doc.clean.text, m.end())):
                ours.append(_one_line(sub.group(1)))
    parties = _defined_parties(doc.clean.text, own_names, issuer_short)
    authorities = _authorities(doc.clean.text)
    role_parties = _role_parties(doc.clean.text, ours, issuer_short)
    # the issuer named with the deal's other party: 'the Company and Kurrajong Contract Mining Pty Ltd executed',
    # 'Kestrel and Manitou Falls Resources Inc. announce'
    joint_subject = re.compile(r"^(?:(?:The|the)\s+)?(?:Company|Corporation|Group|Issuer"
                               + (f"|{re.escape(issuer_short)}" if issuer_short else "") + r")\s+and\s+")
    events: list[_Event] = []
    for sent in doc.seg.sentences:
        if sent.section != "body":
            continue
        text = sent.text
        low = text.lower()
        if not _ANY_EVENT_WORD.search(low):
            continue        # one scan for every trigger word: most sentences name none
        if any(w in low for w in _EXECUTIVE_WORDS) and not _HEARSAY.search(text) and not _PRESS_REPORTING.search(text):
            # ('Mr. Liang Guowei ("Mr. Liang") will step down as ...': the alias is no part of the sentence's grammar)
            # (what an article says of the management is no change: 'The article also states that the Company's
            # President ... is leaving the Company. This is also incorrect.')
            new = _executive_events(_ALIAS.sub("", text) if '("' in text else text, sent, doc)
            if same := _SAME_DATE.search(text):
                # '... has left the Company with effect from 13 June 2005. Ms. X has been appointed interim Chief
                # Financial Officer with effect from the same date': the date the sentence names before it ('...
                # resigned with effect from 18 December 2006 ..., and Mr. Leung Ka Wai has been appointed ... with
                # effect from the same date'), else the date the sentences before last named, else the last event's
                told = find_dates_near(text[:same.start()], doc.release_date, doc.day_first)
                before = (told[-1].value if told else None) or _date_told_before(doc, sent) or next(
                    (ev.event_date for ev in reversed(events) if ev.event_date), None)
                for ev in new:
                    ev.event_date = ev.event_date or before
            elif _UPON_DEPARTURE.match(text):
                # '... will leave the Company on July 29, 2016. Upon his departure, X will serve as interim Chief
                # Operating Officer': the day of the departure just told
                left = next((ev.event_date for ev in reversed(events) if ev.event_type == "executive_departure"), None)
                for ev in new:
                    ev.event_date = ev.event_date or left
            if _AFTER_MEETING.search(text) and (held := _meeting_date(doc)):
                for ev in new:
                    ev.event_date = ev.event_date or held   # 'will step down following the annual general meeting'
            if _NON_EXECUTIVE.search(text):
                # 'the Board appointed Mr Ambler, an independent non-executive director, as Chairman': the board's chair
                new = [ev for ev in new if not (ev.role and re.fullmatch(r"(?:Chair(?:man|woman|person)?)", ev.role, re.I))]
            if "auditor" in low:
                new = [ev for ev in new if ev.role]     # ('following the resignation of Lam Ho' as the auditor)
            joined = _JOINED_LONG_AGO.search(text)
            if joined and doc.release_date and int(joined.group("y")) < doc.release_date.year:
                new = [ev for ev in new if ev.event_type != "executive_appointment"]
            past = _APPOINTED_IN_YEAR.search(text)
            if past and doc.release_date and int(past.group("y")) < doc.release_date.year:
                # 'Mr Venter joined Mooikrans as general manager in 1995 and was appointed managing director in 1998':
                # a career told, no change of this release
                new = [ev for ev in new if not (ev.event_type == "executive_appointment" and ev.event_date is None)]
            events += new
        if _REFERENCE_MADE.match(text) or _HEARSAY.search(text) or _PRESS_REPORTING.search(text):
            continue        # 'Reference is made to the announcement of the Company dated 1 April 2019 in relation to
            #                 the completion of the acquisition ...': an earlier announcement's day, not the event's
            #                 ('the articles published ... in a Lima business daily reporting that the Company "has
            #                 agreed to sell the Pashpap mine"': what the press says, not what happened). An event told
            #                 'As previously announced' with its own day is recorded: the release reports it.
        triggers = []
        for etype, rx, words in _TRIGGER_RES:
            if not any(w in low for w in words):
                continue
            for m in rx.finditer(text):
                head = text[max(0, m.start() - 40): m.start()]
                if _NEGATION.search(head) or _MODAL.search(head[-25:]):
                    continue
                if etype == "legal_proceeding" and _PERMIT_APPLICATION.search(m.group()):
                    continue    # 'submitted its planning application ... to the National Park Authority': a permit
                if etype == "court_judgment" and _ARRANGEMENT_ORDER.search(text):
                    continue    # 'the Supreme Court of British Columbia granted the final order': a step of the deal
                if etype == "agreement" and _NOT_A_DEAL.search(text, max(0, m.start()), m.end() + 40):
                    continue    # 'entered into a service contract with the Company': employment terms
                if etype == "agreement" and re.search(r"\b(?:the|this|such)\s+(?:(?:purchase|sale|transfer|share|asset|"
                                                      r"acquisition|disposal|definitive)\s+){0,2}$", head, re.I) and re.search(
                        r"\s(?:on|in)$", m.group()) and any(ev.event_type in _DEAL_TYPES for ev in events):
                    continue    # 'The agreement was signed on 19 August 2016', 'The transfer was made under the transfer
                    #             agreement signed on 21 August 2017': the date of the deal just reported
                if etype == "expropriation" and _CLAIM_DISMISSED.search(text[max(0, m.start() - 120):m.start()]):
                    continue    # '... but dismissed the Company's claim that Peru had expropriated its investment'
                if etype == "disposition" and _NEW_ROYALTY_SOLD.match(text, m.end()):
                    continue    # 'the sale of a 2% net smelter return royalty on its Wren project': a royalty financing
                if etype == "disposition" and (verb := re.search(r"\b(?:sold|sells|selling|sale\s+of)\s+", m.group())) and (
                        sold := _SECURITIES_BOUGHT.match(text, m.start() + verb.end())) and not re.match(
                        r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]", text[sold.end():]) and re.match(
                        r"(?:[^.;]|\.(?=\d)){0,40}?\bper\s+(?:common\s+|ordinary\s+)?(?:share|unit)\b|(?:[^.;]|\.(?=\d)){0,120}?"
                        r"\bgross\s+proceeds\b",
                        text[sold.end():]):
                    continue    # 'the Company sold 2,000,000 common shares at US$3.10 per share to ...': its own shares
                    #             placed, a financing
                ago = _LONG_AGO.search(text, m.end(), min(len(text), m.end() + 80)) if etype == "acquisition" else None
                # (but the issuer buying an existing royalty from its holder is an acquisition: 'Kestrel completed the
                # acquisition of a 2% net smelter return royalty on the Lac Ouiscatis mine from the Laforge Syndicate')
                bought_royalty = etype == "acquisition" and _ROYALTY_BOUGHT_FROM.match(text, m.end()) and re.search(
                    (rf"\b{re.escape(issuer_short)}\b[^.;]{{0,40}}$|" if issuer_short else "") + _OUR_SIDE + r"|\b(?:it|we)\s+$",
                    text[max(0, m.start() - 60):m.start()])
                if etype == "acquisition" and (_SECURITIES_BOUGHT.match(text, m.end()) or _NEW_ROYALTY_SOLD.match(
                        text, m.end()) and not bought_royalty or ago and doc.release_date and int(ago.group("y")) < doc.release_date.year - 1):
                    # 'insiders acquired an aggregate of 720,000 Units' (a placement's subscribers), 'the Royalty Holder
                    # has acquired a 2.0% NSR royalty' (a royalty financing), 'Kibi acquired the lease in 2001' (history)
                    continue
                if etype == "arbitration_award" and _FINDING.match(text, m.start()) and re.search(
                        r"\b(?:[Tt]he|[Ii]ts)\s+(?:arbitral\s+)?$", text[max(0, m.start() - 20):m.start()]) and any(
                        ev.event_type == "arbitration_award" for ev in events):
                    continue    # 'The Tribunal found that the decree of November 24, 2008 ...': the award's reasons
                if etype == "arbitration_award" and "judgment" in low and not re.search(r"award|arbitra", low):
                    continue    # 'In its judgment, the Tribunal found ...': a court ('Tribunal Supremo'), not arbitrators
                if etype == "court_judgment" and re.match(r"\s+the\s+(?:appointment|engagement|retention|fees)\b",
                                                          text[m.end():]):
                    continue    # 'The Court has approved the appointment of ... as Chief Restructuring Officer
                if etype == "arbitration_award" and m.group().lower().endswith("held") and re.match(
                        r"\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?hearings?\b", text[m.end():], re.I):
                    etype = "legal_proceeding"  # 'the arbitral tribunal ... held the final oral hearing': a step, no award
                if etype == "arbitration_award" and m.group()[:5].lower() == "award" and re.search(
                        r"\b(?:of|on|under|against|enforc\w+|recogni[sz]\w+)\s+the\s+$", text[max(0, m.start() - 30):m.start()]) \
                        and not _A_YEAR.search(text, m.start(), m.end() + 60):
                    continue    # '... an update on the enforcement of the award rendered in ICSID Case No. ...': told again
                if etype == "legal_challenge" and re.search(r"\b(?:withdraw|discontinu|terminat)\w*\s+(?:its|the|their)\s+(?:[\w-]+\s+)?$",
                                                            text[max(0, m.start() - 40):m.start()]) and not _A_YEAR.search(text, m.end()):
                    continue    # 'Honduras will withdraw its pending application for annulment', '... ask the ICSID ad hoc
                    #             Committee to discontinue the annulment proceeding': no challenge made
                if etype in ("legal_challenge", "legal_proceeding") and re.search(
                        r"\bpending\s+(?:the\s+)?(?:(?:outcome|determination|resolution|conclusion|hearing)\s+of\s+)?"
                        r"(?:the|its|their|\w+['\u2019]s)\s+(?:[\w-]+\s+)?$", text[max(0, m.start() - 50):m.start()], re.I):
                    continue    # '... stayed the enforcement proceeding pending the outcome of the annulment application':
                    #             the step the stay waits on, told before
                if etype == "legal_proceeding" and text[m.start():m.start() + 8].lower().startswith("regist") and (
                        re.search(r"\b(?:be|been)\s+$", text[:m.start()]) or re.search(
                            r"\b(?:ICSID|Secretary[- ]General|Registrar|Centre|Center|Court|Tribunal|Committee)\s+(?:has\s+|had\s+)?$",
                            text[:m.start()]) and not re.search(r"\b(?:submitted|filed|lodged|brought)\s+by\s+(?:the\s+(?:Company|"
                                                                r"Corporation|Group|Issuer)\b|its\b)", text[m.end():])
                        and not re.search(r"(?:Company|Corporation|Group)['\u2019]s|\bits\b|\bour\b", m.group())):
                    continue    # 'the Secretary-General of ICSID registered the application [of the other side]', 'ordered
                    #             that the Award be registered under the Arbitration ... Act': the issuer files nothing
                if etype in ("arbitration_award", "court_judgment", "legal_challenge", "legal_proceeding") and \
                        _ALSO_COSTS.search(text):
                    continue    # 'The Tribunal also ordered Argentina to bear the costs of the arbitration': the costs of
                    #             the ruling just told, no ruling of its own
                if etype in ("legal_challenge", "legal_proceeding") and _STEP_NOUN.match(m.group()) and \
                        _STEP_REFERRED.search(text, max(0, m.start() - 60), m.start()):
                    continue    # 'before the annulment application was filed', 'now that the annulment proceeding has
                    #             concluded': a step named to place another in time, told elsewhere
                before = text[:m.start()]
                if etype == "legal_challenge" and (
                        re.search((rf"\b{re.escape(issuer_short)}\b[^.;]{{0,40}}$|" if issuer_short else "") + _OUR_SIDE, before)
                        # ('Yesterday the Company filed a motion in the ... Court ... to vacate the award')
                        or re.search(r"\b(?:[Tt]he\s+(?:Company|Corporation|Group)|[Ii]t|[Ww]e" + (
                            rf"|{re.escape(issuer_short)}" if issuer_short else "") + r")\s+(?:has\s+|have\s+)?(?:filed|"
                            r"lodged|brought|made|submitted|served)\s+(?:a|an|its)\s+$", before)
                        or own_names and re.search(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in own_names)
                                                    + r")\s+(?:has\s+|have\s+)?(?:(?:filed|lodged|brought|made|submitted|"
                                                      r"served)\s+(?:a|an|its)\s+)?$",
                                                   before)) and not _STATE.search(before) and not _COUNTRY.search(before):
                    etype_eff = "legal_proceeding"      # (its subsidiaries act for it: 'Hikutaia Mining lodged an appeal')
                elif etype == "legal_proceeding" and _AGAINST_ENFORCEMENT.match(text, m.end()) and (
                        _STATE.search(text[max(0, m.start() - 60):m.start()]) or re.search(
                            _COUNTRY.pattern + r"\s+(?:has\s+|have\s+)?$", text[max(0, m.start() - 40):m.start()])):
                    # 'Madagascar filed an application with the enforcement judge ... seeking the release of the
                    # attached funds': the other side's challenge to the issuer's enforcement
                    etype_eff = "legal_challenge"
                elif etype == "acquisition" and (buyer := _OTHER_BUYS.search(m.group())) and not re.match(
                        r"(?:the\s+)?(?:Company|Corporation|Group|it|we)\b" + (rf"|{re.escape(issuer_short)}\b" if issuer_short else ""),
                        buyer.group("who"), re.I) and buyer.group("who") not in own_names and not _ALL_SHARES.match(
                        text, m.start() + buyer.end()):
                    # (but a buyer of all the issuer's shares makes an agreement: 'under which Larch will acquire all of the
                    # issued and outstanding common shares of Rivière-Dorée')
                    # 'a purchase and sale agreement ... with Codelco, pursuant to which Codelco will acquire the Company's
                    # 100% interest': the other side buys, the issuer sells
                    etype_eff = "disposition"
                else:
                    etype_eff = etype
                triggers.append((etype_eff, m.start(), m.end()))
        # 'Heishan Mining (the "Seller"), an indirect wholly-owned subsidiary of the Company, ... has conditionally
        # agreed to sell, and the Purchaser has conditionally agreed to acquire, ...': the side the issuer is on
        side = _OUR_PARTY.search(text)
        if side:
            ours = "disposition" if side.group("role").lower().startswith(("sell", "vend", "transferor")) else "acquisition"
            triggers = [(ours, a, b) if t in ("acquisition", "disposition") else (t, a, b) for t, a, b in triggers]
        if issuer_short and any(t[0] == "acquisition" for t in triggers) and any(
                m.group("target") == issuer_short for m in _BOUGHT_OUT.finditer(text)):
            # 'an arrangement agreement with Larch Gold Corp. under which Larch will acquire all of the issued and
            # outstanding common shares of Riviere-Doree': the issuer is the one bought, it acquires nothing; the
            # deal it reports is the agreement
            triggers = [("agreement", a, b) if t == "acquisition" else (t, a, b) for t, a, b in triggers]
        if _FINANCING_WORDS.search(text) or any(t[0] in ("acquisition", "disposition") for t in triggers):
            # a loan or placement agreement is a financing; forbearance, standstill, settlement ... stay events
            # ('a second amending agreement which further extends the forbearance period under the credit facility')
            # (and so does a deal with the state: 'a supplemental agreement with the Ministry of Minerals under which
            # ... the Government's royalty is fixed at 7%')
            triggers = [t for t in triggers if t[0] != "agreement" or any(
                m.start() <= t[2] or _KEEPS_AGREEMENT.match(m.group())
                for m in _NOT_FINANCING_AGREEMENT.finditer(text, t[1]) if m.end() <= t[2] + 80)
                or _WITH_THE_STATE.match(text, t[2])]
        # 'the committee rejected Ecuador's annulment application': the decision, not a new challenge
        decided = [t for t in triggers if t[0] == "court_judgment" and _DECIDED.search(text, t[1], t[2] + 1)]
        if decided:
            triggers = [t for t in triggers if not (t[0] == "legal_challenge" and t[1] > decided[0][1])]
        told = _TOLD_AGAIN.match(text)
        last = next((ev for ev in reversed(events) if ev.event_type in ("legal_challenge", "legal_proceeding")), None) \
            if told else None
        if last is not None and sent.start - last.end < 600 and all(t[0] == "legal_proceeding" for t in triggers):
            # 'The application was filed before the Paris Court of Appeal (Cour d'appel de Paris), the court of the seat
            # of the arbitration': the step just told, again, and where it was made
            if last.venue is None and (where := _venues(text)):
                last.venue = where[0][1]
            continue
        if not triggers:
            continue
        # overlapping triggers: keep the one of highest precedence
        triggers.sort(key=lambda t: (t[1], _PRECEDENCE[t[0]]))
        kept: list[tuple[str, int, int]] = []
        for t in triggers:
            clash = next((k for k in kept if t[1] < k[2] and k[1] < t[2]
                          and "legal_proceeding" in (t[0], k[0]) or (t[0] == k[0] and t[1] < k[2] and k[1] < t[2])), None)
            if clash is None:
                kept.append(t)
            elif _PRECEDENCE[t[0]] < _PRECEDENCE[clash[0]]:
                kept[kept.index(clash)] = t
        # one trigger per type per sentence
        by_type: dict[str, tuple[str, int, int]] = {}
        for t in kept:
            if t[0] == "legal_proceeding" and t[0] in by_type:
                # two distinct proceedings in one sentence stay apart when their venues differ
                by_type[f"{t[0]}#{t[1]}"] = t
            by_type.setdefault(t[0], t)
        kept = sorted(by_type.values(), key=lambda t: t[1])
        venues = _venues(text)
        venue_spans = [(p, p + len(v)) for p, v, _ in venues]
        # a deal, ruling or filing the release reports has happened: a date after the release is a term's
        # ('... to extend the maturity to December 31, 2022'), not the event's
        dates = [d for d in find_dates_near(text, doc.release_date, doc.day_first) if not _FUTURE_CUE.search(text[max(0, d.start - 25): d.start])
                 and not _is_dateline(text, d, sent, doc) and not (doc.release_date and d.value > doc.release_date)
                 and not _ACCRUES_FROM.search(text, max(0, d.start - 70), d.start)
                 and not re.search(r"\b(?:ended|ending)\s+(?:on\s+)?$", text[max(0, d.start - 20):d.start])
                 # ('further to its announcement of 4 February 2019, it has completed ...': the earlier release's day)
                 and not _EARLIER_RELEASE.search(text, max(0, d.start - 40), d.start)]
        if len(dates) > 1:
            # 'by Sentencia No. 112/2013 dated 26 September 2013 and notified to the parties on 9 October 2013': the
            # day the decision was made, not the day it was served
            served = [d for d in dates if _NOTIFIED_ON.search(text, max(0, d.start - 50), d.start)]
            if len(served) < len(dates):
                dates = [d for d in dates if d not in served]
        date_owner: dict[int, int] = {}
        for di, d in enumerate(dates):
            best = min(range(len(kept)), key=lambda i: min(abs(d.start - kept[i][2]), abs(d.end - kept[i][1])))
            # ('The Republic applied for annulment of the award on 10 March 2021, and the committee dismissed the
            # application on 2 May 2022': a date after an event's words, in their clause, is that event's)
            prev = max((i for i in range(len(kept)) if kept[i][2] <= d.start), default=None, key=lambda i: kept[i][2])
            if prev is not None and prev != best and d.start - kept[prev][2] < 80 and not _CLAUSE_BREAK.search(
                    text, kept[prev][2], d.start) and (kept[best][1] < d.end or _CLAUSE_BREAK.search(text, d.end, kept[best][1])):
                best = prev
            date_owner[di] = best
        moneys = [m for m in find_money(text) if not re.match(r"\s*per\s", text[m.end:m.end + 8])
                  and not _COSTS_AFTER.match(text, m.end)]
        for i, (etype, s, e) in enumerate(kept):
            hi = kept[i + 1][1] if i + 1 < len(kept) else len(text)
            after = [(p, v, sh) for p, v, sh in venues if s <= p < hi]
            before = [(p, v, sh) for p, v, sh in venues if p < s]
            # (the court whose name holds the step's own words, over a tribunal or institution named after it: 'the
            # Federal Court of Australia has made orders recognising ... the award rendered ... under ICSID')
            inside = [(p, v, sh) for p, v, sh in before if s < p + len(v)] if etype == "court_judgment" and after and \
                not _A_COURT_WORD.search(after[0][1]) else []
            pick = inside[-1] if inside else after[0] if after else before[-1] if before else None
            venue = None
            if pick:
                venue = _resolve_short(pick[1], full_venues) if pick[2] else pick[1]
                by_acronym = _INSTITUTION_BY_ACRONYM.match(venue or "")
                if by_acronym:      # 'the LCIA Court appointed its chairman': the institution
                    venue = _institution(by_acronym.group("acronym"), full_venues)
            if venue is None and etype not in ("acquisition", "disposition", "agreement", "expropriation",
                                               "arbitration_award") and named_courts:
                # 'On 11 October 2006 the same Court declared KNG bankrupt': the court named before, in full
                back = _THE_COURT.search(text, max(0, s - 120), hi)
                if back:
                    venue = _court_named_before(sent.start + back.start(), named_courts)
            if venue is None and etype not in ("acquisition", "disposition", "agreement", "expropriation"):
                # 'Ecuador applied to ICSID for annulment': the institution by the full name the release gives it
                inst = _INSTITUTION.search(text, max(0, s - 60), hi)
                if inst:
                    venue = _institution(inst.group(), full_venues)
            if venue in venue_aliases:
                venue = venue_aliases[venue]    # 'Greece applied to the English Court': the court it was defined for
            if etype in ("acquisition", "disposition", "agreement", "expropriation"):
                venue = None
            elif etype == "arbitration_award" and venue and re.search(r"\bCourt\b", venue) and \
                    not re.search(r"\bArbitration\b", venue):
                venue = None        # an award is a tribunal's: the court that later ruled on it is not its venue
            my_dates = [dates[di] for di, owner in date_owner.items() if owner == i]
            if not my_dates:
                # 'On December 4, 2015, Kapiskau applied for and were granted an initial order': two steps joined by
                # 'and' share the day told
                joined = [j for j in (i - 1, i + 1) if 0 <= j < len(kept) and re.fullmatch(
                    r"\s+and\s+", text[min(e, kept[j][2]):max(s, kept[j][1])])]
                my_dates = [dates[di] for di, owner in date_owner.items() if owner in joined]
            nearest = min(my_dates, key=lambda d: min(abs(d.start - e), abs(d.end - s)), default=None)
            event_date = nearest.value if nearest else None
            if event_date is None and doc.release_date and (_EARLIER_TODAY.search(text, 0, s) or
                                                            _DONE_TODAY.search(text, max(0, s - 80), e)):
                # 'Earlier today, Ampelum and Romania ... signed ...', 'the Company has today signed a sale agreement'
                event_date = doc.release_date
            if event_date is None and _SAME_DAY_OPENS.match(text):
                # 'On October 24, 2018, the Company filed ... The same day, the Company commenced an application in the
                # Ontario Superior Court ...': the day the sentences before told
                event_date = _date_told_before(doc, sent)
            # the amount: a sum claimed, the sum an award, judgment or deal is for, or the sum an agreement commits
            # ('a settlement agreement under which the Government will pay the Company US$30 million')
            if etype == "legal_proceeding":
                near = [m for m in moneys if s <= m.start <= hi and _CLAIMED_SUM.search(text, max(0, m.start - 40), m.start)]
            elif etype == "agreement":
                near = [m for m in moneys if s <= m.start <= hi and (_COMMITS.search(text, e, m.start) or
                                                                     _AGREED_SUM.search(text, max(e, m.start - 60), m.start))]
            elif etype in ("arbitration_award", "court_judgment", "acquisition", "disposition", "enforcement_action"):
                near = [m for m in moneys if s - 120 <= m.start <= hi]
            elif etype == "expropriation":
                # what was seized is worth: 'seized 96 kilograms of gold doré, with an estimated value of $7.3 million'
                near = [m for m in moneys if s <= m.start <= hi and _SEIZED_WORTH.search(text, max(0, m.start - 40), m.start)]
            else:
                near = []
            amount = near[0].amount if near else None
            currency = resolve_currency(near[0], doc) if near else None
            counterparty = adversary = None
            claimant = False
            if etype in ("acquisition", "disposition", "agreement") and _WITH_STATE.search(text, s):
                counterparty = _counterparty(text[s:], states, [])  # '... a mining convention with the Government of Mali'
            elif etype == "agreement" and (joint := _AND_STATE.search(text, 0, s)):
                # 'its Guinean subsidiary, Société des Mines de Kignéko SA, and the Government of the Republic of Guinea
                # signed a mining convention': the state signing with the issuer's side
                counterparty = _counterparty(text[joint.start():s], states, [])
            elif etype in ("acquisition", "disposition", "agreement"):
                # (a party named after the deal's words first: '... a merger agreement with A Ltd., a letter of intent
                # for the sale of its B property to C Corp.')
                orgs = list(ISSUER_RE.finditer(text))
                inside = [x for x in orgs if s <= x.start() < hi]
                if etype in ("acquisition", "disposition"):
                    # (the seller an acquisition is 'from', the buyer a disposal is 'to', before the company changing
                    # hands: '... the acquisition of Issyk Minerals Ltd. from Bayterek Holdings Ltd.')
                    side = _FROM_PARTY if etype == "acquisition" else _TO_PARTY
                    inside.sort(key=lambda x: not side.search(text, max(0, x.start() - 12), x.start()))
                for m in [*inside, *(x for x in orgs if not s <= x.start() < hi)]:
                    name = joint_subject.sub("", m.group(1))
                    if issuer_short and name.startswith(issuer_short) or WIRE_SERVICE.match(name):
                        continue        # (the newswire of the dateline is no party)
                    if SELF_REFERENCE.fullmatch(name):
                        continue        # ('The Corporation signed ...': the issuer, by its word for itself)
                    if _one_line(name) in own_names or _OWN_BEFORE.search(text, max(0, m.start() - 60), m.start()) or \
                            _OWN_AFTER.match(text, m.end()):
                        continue        # (the issuer's subsidiary signs for it: 'Niagadina SA, the Company's Malian
                        #                 subsidiary, and the Government of the Republic of Mali signed')
                    counterparty = name
                    break
                if counterparty is None:
                    counterparty = next(iter(cued_parties(text[s:hi], doc.issuer)), None)
                if counterparty is None:
                    community = _COMMUNITY.search(text, s)
                    counterparty = community.group("name") if community else None
                if counterparty is None and parties and event_date:
                    # 'On June 6, 2003, MPC and Rheintal signed a payment agreement': the party by the short name the
                    # release defined for it (a deal told without its day is a mention: 'Amended shareholders'
                    # agreement signed with MPN')
                    counterparty = _party_named(text, parties)
                if counterparty is None and etype == "agreement" and role_parties and event_date:
                    # 'the Company and the Senior Lender entered into a forbearance agreement': the lender the release
                    # defined by that role ('... credit facility with Cordova Commercial Bank (the "Senior Lender")'),
                    # as a party by a short name, where the deal is told with its day
                    said = next((r for r in role_parties if re.search(rf"\b[Tt]he\s+{re.escape(r)}\b", text)), None)
                    counterparty = role_parties[said] if said else None
                if counterparty is None and etype == "agreement":
                    counterparty = _counterparty(text, states, venue_spans)    # a settlement with a state
            else:
                counterparty = _counterparty(text, states, venue_spans)
                # (and an organisation the sentence names in full by its legal form: 'On February 9, 2006 Sahel
                # Earthmoving SARL, the former mining contractor at Dyanke, filed a request for arbitration')
                named_here = _other_organisations(text, parties, ours, issuer_short) if etype in _LEGAL_TYPES else {}
                if etype in _LEGAL_TYPES and (parties or named_here):
                    # the other side by the name the release defined for it ('against Queen Lode', 'Drakenstein filed
                    # an application', 'in favour of MMC'), over a country named in passing ('Minera Wapesi Chile SpA')
                    adversary = _adversary(text, kept[i - 1][2] if i else 0, hi, {**parties, **named_here})
                if etype == "expropriation" and not _FINDING.search(text):
                    # 'The Ministry of Mines revoked ...', 'The Tanzanian Government seized ...': the authority; and
                    # the authority of the state that acted, over the state ('the Ministry of Mines and Energy of the
                    # Federal Democratic Republic of Ethiopia issued a letter cancelling'), but where a tribunal finds
                    # (there the state answers for its authority's act: 'The tribunal found that the cancellation ... by
                    # the Minister for Mining ... was an expropriation')
                    am = _AUTHORITY.search(text, 0, e)
                    if am and (counterparty is None or text.find(counterparty, am.end(), am.end() + 60) >= 0 and
                               re.match(r"\s+of\s+(?:the\s+)?", text[am.end():])):
                        counterparty = am.group("name")
                if counterparty is None:
                    against = re.search(r"\bagainst\s+(?:the\s+)?", text[s:hi])
                    # 'the High Court dismissed the claim brought by Northern Drilling Ltd. against the Company'
                    by = re.search(r"\b(?:brought|filed|commenced|initiated|launched|instituted|lodged)\s+by\s+(?:the\s+)?",
                                   text[s:hi])
                    if by:
                        counterparty = next(iter(cued_parties("from " + text[s + by.end():hi], doc.issuer)), None)
                    if counterparty is None and against:
                        counterparty = next(iter(cued_parties("from " + text[s + against.end():hi], doc.issuer)), None)
                    elif counterparty is None and etype == "legal_proceeding" and re.search(r"\bserved\s+with\b", text[s:hi]):
                        counterparty = next(iter(cued_parties(text[s:hi], doc.issuer)), None)   # '... by X Inc.'
                    if counterparty is None and etype in ("court_judgment", "arbitration_award") and (
                            ordered := re.search(r"\border(?:ed|ing)\s+(?:the\s+)?(?=[A-Z])", text[s:hi])) and re.search(
                                r"\bto\s+pay\b", text[s + ordered.end():hi]):
                        # 'the Superior Court of Quebec ... ordered Boreal Resources Inc. to pay C$1.2 million': the
                        # one ordered to pay
                        counterparty = next(iter(cued_parties("from " + text[s + ordered.end():hi], doc.issuer)), None)
                    if counterparty is None and etype == "enforcement_action" and (owner := re.search(
                            r"\b(?:property|assets|undertakings?|shares|funds|accounts)\s+(?:held\s+by|owned\s+by|of)\s+"
                            r"(?:the\s+)?(?=[A-Z])", text[s:hi])):
                        # 'as receiver and manager of all of the assets, undertakings and property of Brayford Mining
                        # Corp.', 'attaching shares held by X Inc.': whose property the step is taken over
                        counterparty = next(iter(cued_parties("from " + text[s + owner.end():hi], doc.issuer)), None)
                if counterparty is None and etype in _LEGAL_TYPES:
                    # 'the lawsuit brought by the Yeniköy Environment Association', 'On 9 February 2006 Sahel Earthmoving
                    # SARL, the former mining contractor at Dyanké, filed a request for arbitration'
                    counterparty = _claimant(text, s, e, hi, ours, issuer_short)
                    claimant = counterparty is not None
                if counterparty is None and etype in _LEGAL_TYPES and (community := _COMMUNITY.search(text)):
                    counterparty = community.group("name")  # 'the Ejido San Lorenzo filed a claim against ...'
                if counterparty is None and etype in _LEGAL_TYPES and (
                        person := _PERSON_ADVERSARY.search(text, max(0, s - 60), hi)):
                    # 'commenced an action ... against Mr. Hammarlund', 'Mr. Hammarlund filed a statement of defence':
                    # a person, by the full name the release gives
                    counterparty = _full_name(person.group("a") or person.group("b"), doc)
                if counterparty is None and etype in _LEGAL_TYPES:
                    # 'the High Court granted an injunction restraining the Ministry of Lands, Forestry and Mines':
                    # the authority whose act the step is about
                    am = next((x for x in _AUTHORITY.finditer(text) if re.search(r"\bMinist", x.group("name"))
                               and not any(a <= x.start() < b for a, b in venue_spans)), None)
                    counterparty = am.group("name") if am else None
            if authorities and etype not in ("acquisition", "disposition", "agreement") and (
                    named := _authority_named(text, authorities, venue_spans)) and (
                    counterparty is None or _COUNTRY.fullmatch(counterparty) or counterparty.startswith("Government of")
                    or named.startswith(counterparty)):
                # 'filed a recurso de apelación before the Tribunal de Fiscalización Ambiental of the OEFA': the
                # authority the sentence names, over a country named in passing (and by its whole name)
                counterparty = named
            jm = _JURISDICTION.search(text, max(0, s - 30), hi + 40 if hi < len(text) else hi)
            jurisdiction = (jm.group(1) or jm.group(2)) if jm else None
            # (a hearing told by its month is the background of the ruling it led to, not a step of its own)
            month = _month_told(text, kept[i - 1][2] if i else 0, s, e, hi, doc) if event_date is None and \
                etype in _LEGAL_TYPES and not re.match(r"hearing", text[s:e], re.I) else None
            if event_date is None and etype in ("acquisition", "disposition") and doc.release_date:
                # 'In January, Chinobampo completed the acquisition of ...', 'Earlier this week the Company completed the
                # sale of ...': a deal of that month, news, though told without its day
                month = _deal_month(text, kept[i - 1][2] if i else 0, hi, doc.release_date)
            events.append(_Event(etype, event_date, counterparty, venue, amount, currency, None, None,
                                 jurisdiction, sent.start, sent.end, adversary, month,
                                 claimant and adversary is None and counterparty is not None))
    _dates_from_next_sentence(doc, events)
    _dates_from_reference(doc, events)
    _roles_from_successor(doc, events)
    for ev in events:
        ev.person_name, ev.role = _one_line(ev.person_name), _one_line(ev.role)     # (before like is merged with like)
        if ev.person_name:
            ev.person_name = _NICKNAME.sub("", ev.person_name)     # 'Margaret "Meg" Ellison' is Margaret Ellison
    merged = _merge(events, doc.clean.text)
    _successors_day(merged, doc.clean.text)
    told: dict[int, list[_Event]] = {}
    for ev in events:
        told.setdefault(ev.start, []).append(ev)
    _amounts_from_context(doc, merged, told)
    inferred = _one_adversary(merged)
    # an agreement the release gives neither a party nor a day is a mention, not an event ('under the terms of the
    # agreement', 'the agreement provides for ...')
    # (and so is any event but an executive change with neither a day, a party, a venue nor a country: 'the judgment')
    merged = [ev for ev in merged if not (ev.event_type == "agreement" and ev.counterparty is None
                                          and ev.event_date is None)
              and not (not ev.event_type.startswith("executive_") and ev.event_date is None and ev.counterparty is None
                       and ev.venue is None and ev.jurisdiction is None and ev.month is None)
              and not (ev.event_type in _DATED_TYPES and ev.event_date is None and ev.jurisdiction is None
                       and ev.month is None and not _undated_deal(ev, doc.clean.text))]
    if any(ev.adversary for ev in merged):
        # (a party read by its cue names the other side of a step the release tells, and of the steps that do not
        # name it; it keeps no bare mention of a step as an event of its own)
        for ev in merged:
            ev.counterparty = ev.adversary or (None if ev in inferred else ev.counterparty)
        _one_adversary(merged)
    if institution:
        # 'On 9 July 2008, the arbitral tribunal issued its final award': before the one institution the release names
        # (after merging: the institution keeps no bare mention apart as an event of its own)
        for ev in merged:
            if ev.venue is None and ev.event_type in _ARBITRAL_STEP and _has_any(
                    doc.clean.text[ev.start:ev.end], _ARBITRAL_STEP[ev.event_type]):
                ev.venue = institution
    courts = {_norm(ev.venue): ev.venue for ev in merged if ev.event_type in _LEGAL_TYPES and ev.venue}
    if len(courts) == 1:
        # 'On 20 November 1998 the Company filed its defence and a counterclaim', 'Tulameen commenced the action on May
        # 3, 2016': a step of the one proceeding the release tells, before the one court it names (a notice of dispute
        # or of arbitration goes to the other side, before any)
        court = next(iter(courts.values()))
        for ev in merged:
            if ev.venue is None and ev.event_type in ("legal_proceeding", "legal_challenge", "court_judgment") and not re.search(
                    r"\bnotice\s+of\s+(?:dispute|intent|claim|arbitration)\b", doc.clean.text[ev.start:ev.end], re.I):
                ev.venue = court
    return [_to_fact(ev, doc) for ev in merged]


_TAKES_EFFECT = _rx(
    r"\b(?P<who>appointments?|retirement|resignation|departure|he|she|they|both|" + _SURNAME_TITLE + r"[A-Z][\w'-]+(?:'s)?)\b"
    r"[^.;]{0,60}?\b(?:(?:is|are|will\s+be|becomes?)\s+effective|takes?\s+effect|will\s+take\s+effect|"
    r"will\s+(?:leave|retire|step\s+down|join|commence|start|assume)|(?:leaves|joins|commences))\b", re.I)


def _dates_from_next_sentence(doc, events: list[_Event]) -> None:
    """'Ms. Carolyn Beaudry has resigned ... Mr. Graham Tse has been appointed Interim Chief Financial Officer. Both
    appointments are effective December 1, 2016.': a date the next sentence gives an executive change; 'The Board has
    appointed X ... from that date': the date of the sentence before; '... has completed the acquisition of ... The
    transaction closed on May 7, 2012.': the day a deal told without one closed."""
    deals = [ev for ev in events if ev.event_type in ("acquisition", "disposition")]
    if deals:
        sentences = doc.seg.sentences
        undated = [ev for ev in deals if ev.event_date is None]
        for i, sent in enumerate(sentences[1:], 1):
            closed = _DEAL_CLOSED_ON.match(sent.text)
            if not closed or sent.section != "body":
                continue
            found = find_dates_near(sent.text, doc.release_date, doc.day_first)
            for ev in deals:
                # ('... in terms of which Kaalplaas will dispose of the Brakfontein Shaft ... The agreement was signed
                # on 4 September 2008': the day the next sentence signs the deal, over a day the first one recalled)
                if sentences[i - 1].unit == sent.unit and ev.start == sentences[i - 1].start and found and (
                        ev.event_date is None or closed.group("signed")):
                    ev.event_date = found[0].value
                elif len(undated) == 1 and ev is undated[0] and ev.event_date is None and found and not \
                        closed.group("signed") and ev.start < sent.start <= ev.start + 1500:
                    # ('... has completed the acquisition of the Date Creek custom mill ...' and, a paragraph on, 'The
                    # transaction closed on September 12, 2008': the one deal told without a day)
                    ev.event_date = found[0].value
    execs = [ev for ev in events if ev.event_type.startswith("executive_")]
    if not execs:
        return
    sentences = doc.seg.sentences
    for i, sent in enumerate(sentences):
        if i == 0 or sent.section != "body" or sentences[i - 1].unit != sent.unit:
            continue
        m = _TAKES_EFFECT.search(sent.text)
        if not m or any(ev.start == sent.start for ev in execs):
            continue
        found = [d for d in find_dates_near(sent.text, doc.release_date, doc.day_first) if d.start > m.start()]
        today = None if found or not doc.release_date else _AS_OF_TODAY.search(sent.text, m.start()) or re.search(
            r"\b(?:effect|effective)\s+today\b", sent.text[m.start():], re.I)
        if not found and not today:
            continue
        # ("Mr. Fontaine's appointment as Executive Chairman takes effect today": the day of the release)
        when = found[0].value if found else doc.release_date
        who = m.group("who").lower()
        wanted = ("executive_appointment",) if who.startswith("appointment") or re.search(
            r"\b(?:join|commence|start|assume)", m.group(), re.I) else ("executive_departure",) if re.search(
            r"retire|resign|depart|leave|step", m.group(), re.I) else ("executive_appointment", "executive_departure")
        named = re.sub(r"^(?:mr|ms|mrs|dr)\.?\s+|'s$", "", who)
        # the sentence before, or up to two more of the same paragraph ('... welcome Dr. Helena Virtanen as Vice
        # President, Exploration. Dr. Virtanen holds a Ph.D. ... Her appointment is effective April 1, 2004.')
        for j in range(i - 1, max(i - 4, -1), -1):
            if sentences[j].unit != sent.unit:
                break
            hits = [ev for ev in execs if ev.start == sentences[j].start and ev.event_date is None
                    and ev.event_type in wanted and (who[:2] not in ("mr", "ms", "dr")
                                                     or named in (ev.person_name or "").lower())]
            for ev in hits:
                ev.event_date = when
            if hits or any(ev.start == sentences[j].start for ev in execs):
                break


# 'The Award is dated 11 March 2014', 'The sale of shares agreement was also signed on 9 June 2006', 'Under the
# arrangement agreement, which was signed on May 11, 2007': a later sentence dating an event reported before it
_DATED_REFERENCE = re.compile(
    r"\b(?:the|this|such|that)\s+(?:[\w'-]+\s+){0,4}?(?P<noun>award|judgment|ruling|order|decision|agreement|contract|"
    r"convention|transaction|arrangement|decree|resolution|application|petition|request|notice|claim|appeal)s?\b"
    r"(?:,?\s+which)?\s+(?:is|was|were|are|has\s+been|had\s+been)\s+(?:also\s+)?(?:dated|signed|issued|rendered|made|entered|"
    r"filed|executed|delivered|served|registered|published|granted|lodged|handed\s+down)\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day,?\s+)?|as\s+of\s+)?$", re.I)
# 'The cancellation was communicated to KMCL by a letter from the Commissioner for Minerals dated 21 May 2010'
_DATED_TAKING = _rx(r"\bthe\s+(?P<noun>cancellation|revocation|expropriation|seizure|nationali[sz]ation|"
                           r"confiscation)\b[^.;]{0,120}?\b(?:dated|on|effective)\s+$", re.I)
# '... it has completed the acquisition of Sorobango ... Completion took place on 11 March 2019.'
_DATED_COMPLETION = re.compile(r"\b(?P<noun>completion|closing)(?:\s+of\s+the\s+[\w-]+)?\s+(?:took\s+place|occurred|was\s+effected)"
                               r"\s+on\s+$|\bthe\s+(?:arrangement|amalgamation|merger|acquisition)\s+became\s+effective\s+(?:on\s+)?$", re.I)
_REFERENCE_TYPES = {
    "completion": ("acquisition", "disposition"), "closing": ("acquisition", "disposition"),
    "cancellation": ("expropriation",), "revocation": ("expropriation",), "expropriation": ("expropriation",),
    "seizure": ("expropriation",), "nationalisation": ("expropriation",), "nationalization": ("expropriation",),
    "confiscation": ("expropriation",),
    "award": ("arbitration_award",), "judgment": ("court_judgment",), "ruling": ("court_judgment",),
    "order": ("court_judgment", "enforcement_action", "expropriation"),
    "decision": ("court_judgment", "arbitration_award"),
    "decree": ("expropriation",), "resolution": ("expropriation",),
    "application": ("legal_proceeding", "legal_challenge"), "petition": ("legal_proceeding", "legal_challenge"),
    "request": ("legal_proceeding",), "notice": ("legal_proceeding",), "claim": ("legal_proceeding",),
    "appeal": ("legal_challenge",),
}
_DEAL_TYPES = ("agreement", "acquisition", "disposition")


def _dates_from_reference(doc, events: list[_Event]) -> None:
    first_undated = min((ev.start for ev in events if ev.event_date is None
                         and not ev.event_type.startswith("executive_")), default=None)
    if first_undated is None:
        return
    for sent in doc.seg.sentences:
        if sent.section != "body" or sent.start <= first_undated:
            continue
        for d in find_dates_near(sent.text, doc.release_date, doc.day_first):
            m = _DATED_REFERENCE.search(sent.text, max(0, d.start - 160), d.start) or _DATED_TAKING.search(
                sent.text, max(0, d.start - 160), d.start) or _DATED_COMPLETION.search(sent.text, max(0, d.start - 60), d.start)
            if not m:
                continue
            wanted = _REFERENCE_TYPES.get((m.group("noun") or "completion").lower(), _DEAL_TYPES)
            earlier = [ev for ev in events if ev.start < sent.start and ev.event_type in wanted]
            if earlier and earlier[-1].event_date is None:
                earlier[-1].event_date = d.value


# the sum an event is for, told away from the event's words: 'The judgment orders the Argentine Republic to pay
# US$71.3 million', 'implies an equity value for Tatogga of approximately $46.5 million', 'Marovo has agreed to accept
# $45.0 million in full and final satisfaction of the award'
_RULED_SUM = re.compile(r"\b(?:to\s+pay|paying|in\s+the\s+(?:principal\s+)?amount\s+of|damages\s+of|sum\s+of|compensation\s+of|"
                        r"awarded|awarding)\s+(?:(?!interest\b|costs?\b)[\w'.-]+\s+){0,3}?(?:a\s+total\s+of\s+|approximately\s+)?$", re.I)
_DEAL_SUM = re.compile(r"\b(?:consideration|purchase\s+price|equity\s+value|transaction\s+value|enterprise\s+value|valu(?:e|es|ed|ing))"
                       r"(?:\s+[\w'.-]+){0,6}?\s+(?:of|at|is|was)\s+(?:approximately\s+|about\s+|some\s+)?$"
                       # ('Codelco will pay US$95 million in cash on closing'): what the buyer pays
                       r"|\b(?:will|is\s+to|shall|agreed\s+to)\s+pay\s+(?:(?:the\s+)?(?:Company|Corporation|Group|vendors?|sellers?)\s+)?"
                       r"(?:a\s+total\s+of\s+|approximately\s+|an?\s+(?:aggregate|initial)\s+(?:of\s+)?)?$", re.I)
# the sum a contract is worth or commits: 'The contract has an estimated value of ... (A$38,000,000)', 'The agreement
# provides for payments to the Tahtsa River First Nation of $4.5 million', 'the Company will pay Gécamines US$56 million'
_CONTRACT_SUM = re.compile(r"\b(?:(?:estimated|total|aggregate|contract)\s+)?value\s+of\s+(?:approximately\s+|about\s+)?$"
                           r"|\bvalued\s+at\s+(?:approximately\s+|about\s+)?$"
                           r"|\bpayments?\s+(?:to\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){1,6}?)?(?:of|totall?ing)\s+(?:approximately\s+)?$"
                           r"|\b(?:will|is\s+to|shall)\s+pay\s+(?:(?:the\s+)?[A-Z][\w'.-]*\s+){0,4}?(?:a\s+total\s+of\s+|approximately\s+)?$",
                           re.I)
_OPTION_DEAL = re.compile(r"\b(?:option|earn-?in|farm-?in|farm-?out)\b", re.I)
_CONTRACT_WORDS = (r"\b(?:agreement|contract|convenio|deed|memorandum|MOU)\b", None)
_SETTLED_SUM = re.compile(r"\b(?:pay|accept|receive)\s+(?:[\w'.-]+\s+){0,3}?(?:a\s+total\s+of\s+|approximately\s+)?$|"
                          r"\bsettlement\s+amount\s+of\s+$", re.I)
# ('in which it claimed US$214 million in damages'; a tax appeal's stake: 'appealed against assessments totalling TZS
# 412.6 billion')
_CLAIMED_SUM = re.compile(r"\b(?:claiming|claimed|seeking|claims?|counter-?claim|damages|assessments?\s+(?:totall?ing|amounting\s+to))"
                          r"\s+(?:of\s+)?(?:\w+\s+){0,3}$", re.I)
# the sum an agreement is for: 'a land use agreement ... for total consideration of MXN 18.0 million', 'a mining
# services contract ... valued at approximately A$95 million', 'settles all tax claims ... for a total of XOF 150
# billion', 'a payment agreement for the EUR 4.75 million award amount'
_AGREED_SUM = re.compile(r"\b(?:for\s+(?:a\s+)?(?:total\s+|aggregate\s+)?(?:(?:cash\s+)?consideration\s+of\s+|of\s+)?(?:the\s+)?|"
                         r"valued\s+at\s+)(?:approximately\s+|about\s+)?$", re.I)
# a community, an association or a cooperative the issuer deals with, by its own name: 'the Ejido San Rafael de los
# Órganos', 'the Comuna Cielo Verde', 'the Kapeshkak Lake First Nation', 'the Asociación de Mineros Tradicionales de
# Santa Rita', 'the Cooperativa Minera Aurífera Chuchu Ltda.'
_COMMUNITY = re.compile(
    r"\b(?P<name>(?:Ejido|Comuna|Comunidad(?:\s+(?:Campesina|Nativa))?|Cooperativa|Asociaci[oó]n)(?:\s+(?:de|del|de\s+la|de\s+los|"
    r"de\s+las|y))?(?:\s+[A-Z\u00c0-\u00de][\w'\u2019\u00c0-\u017f-]*(?:\s+(?:de|del|de\s+la|de\s+los|de\s+las|y)(?=\s+[A-Z\u00c0-\u00de]))?)+"
    r"(?:\s+Ltda\.)?|(?:[A-Z][\w'-]*\s+){1,3}First\s+Nations?)")
_SEIZED_WORTH = re.compile(r"\b(?:valued\s+at|(?:estimated\s+|market\s+)?value\s+of|worth)\s+(?:approximately\s+|about\s+|some\s+)?$",
                           re.I)
_SUM_CUES = {"arbitration_award": _RULED_SUM, "court_judgment": _RULED_SUM, "enforcement_action": _RULED_SUM,
             "acquisition": _DEAL_SUM, "disposition": _DEAL_SUM, "legal_proceeding": _CLAIMED_SUM}
# a later sentence gives the sum only of an event of its kind ('The judgment orders ...'; 'The award was made on ...
# and ordered Brennock to pay ...' is the award's sum, not that of the court that later upheld it)
_KIND_WORDS = {
    "arbitration_award": (r"\b(?:award|tribunal|ordered|orders)\b", r"^\W*(?:the\s+)?(?:judgment|court|order)\b"),
    "court_judgment": (r"\b(?:judgment|court|order|orders|ordered|ruling|decision)\b", r"^\W*(?:the\s+)?(?:(?:final|arbitral)\s+)?(?:award|tribunal)\b"),
    "enforcement_action": (r"\b(?:judgment|court|order|enforce\w*)\b", r"^\W*(?:the\s+)?(?:(?:final|arbitral)\s+)?(?:award|tribunal)\b"),
    "acquisition": (r"\b(?:acquisition|sale|transaction|arrangement|merger|consideration|offer|deal|purchase|amalgamation)\b", None),
    "disposition": (r"\b(?:disposal|sale|transaction|consideration|purchase|divestiture|will\s+pay)\b", None),
    "legal_proceeding": (r"\b(?:claim\w*|action|suit|lawsuit|proceedings?|arbitration|counterclaim|petition|request)\b", None),
    "agreement": (r"\b(?:settle\w*|satisfaction)\b", None),
}
_NOT_THE_SUM = re.compile(r"\s*(?:per\b|for\s+each\b|each\b|a\s+share\b|in\s+(?:legal\s+)?costs\b|of\s+interest\b|"
                          r"(?:of|in|towards?)\s+(?:the\s+)?(?:\w+'s\s+)?(?:legal\s+)?(?:costs|fees)\b)", re.I)


def _amounts_from_context(doc, events: list[_Event], told: dict[int, list[_Event]]) -> None:
    """An award, judgment, deal, settlement or claim without a sum in its own words takes the sum its sentence or the
    next five of the release give it by a cue of its kind ('orders ... to pay', 'total consideration of', 'agreed to
    accept'); a sentence that reports an event of its own (``told``: the events each sentence gave, by where it
    starts) ends the search, unless it retells the same one ('... announces that it has agreed to acquire the Ikungu
    licences. The Company has entered into a sale and purchase agreement with Kisima Minerals Limited for the
    acquisition ... The consideration for the acquisition is US$3.2 million.')."""
    # (an option or earn-in agreement's payments are the terms of a right, not a sum the deal is for)
    wanted = [ev for ev in events if ev.amount is None and (ev.event_type in _SUM_CUES or ev.event_type == "agreement" and not
                                                            _OPTION_DEAL.search(doc.clean.text, ev.start, ev.end))]
    if not wanted:
        return
    body = [s for s in doc.seg.sentences if s.section == "body"]
    index = {s.start: i for i, s in enumerate(body)}
    for ev in wanted:
        settles = ev.event_type == "agreement" and re.search(r"\bsettle", doc.clean.text[ev.start:ev.end], re.I)
        cue = _SUM_CUES.get(ev.event_type, _SETTLED_SUM if settles else _CONTRACT_SUM)
        i = index.get(ev.start)
        if i is None:
            continue
        for j, sent in enumerate(body[i:i + 6]):
            # (the taking an award's tribunal found is its reasons, no other event: 'The tribunal found that the
            # revocation of the mining lease ... was an expropriation. It ordered the Czech Republic to pay the Company
            # US$63.7 million')
            if j and any((other.event_type != ev.event_type and not (
                    ev.event_type == "arbitration_award" and other.event_type == "expropriation" and _FINDING.search(sent.text)))
                         or other.event_date != ev.event_date and other.event_date and other.event_type == ev.event_type or
                         other.counterparty and ev.counterparty and
                         _norm_party(other.counterparty) != _norm_party(ev.counterparty) for other in told.get(sent.start, ())):
                break
            text = sent.text
            kind, other = _KIND_WORDS[ev.event_type] if settles or ev.event_type != "agreement" else _CONTRACT_WORDS
            if j and (not re.search(kind, text, re.I) or other and re.search(other, text, re.I)):
                continue
            hit = next((m for m in find_money(text) if m.amount >= 1000 and cue.search(text, max(0, m.start - 80), m.start)
                        and not _NOT_THE_SUM.match(text, m.end)), None)
            if hit:
                ev.amount, ev.currency = hit.amount, resolve_currency(hit, doc)
                break


# a ruling or a deal the release reports is dated, or placed in a country ('has obtained a judgment in Canada'); one
# it neither dates nor places is spoken of ('until the Court of Appeal has ruled', 'the Federal Supreme Court ordered
# Serbia to bear the costs', 'Pindar had agreed to sell its interest'). (An award recalled by the judgment that
# confirms it stays: 'which confirmed an arbitration award issued in Rusoro's favour'.)
_DEAL_CLOSED_ON = re.compile(r"\s*(?:The\s+)?(?:(?:transaction|acquisition|sale|disposal|disposition|purchase|settlement|"
                             r"completion|closing|arrangement|amalgamation|merger|spin-?out|take-?over)"
                             # ('The amalgamation of Sheslay with 0793512 B.C. Ltd., a wholly-owned subsidiary of the
                             # Company, became effective on June 1, 2007')
                             r"(?:\s+(?:of|with)\s+[^;]{0,160}?)?\s+(?:closed|completed|"
                             r"took\s+place|occurred|was\s+completed|became\s+effective|was\s+effective|was\s+implemented)|"
                             r"(?P<signed>(?:sale\s+|purchase\s+|share\s+purchase\s+)?agreement\s+was\s+(?:signed|concluded|executed)))"
                             r"\s+on\s+", re.I)
_DATED_TYPES = ("court_judgment", "acquisition", "disposition")


def _undated_deal(ev: _Event, text: str) -> bool:
    """'The Company has agreed to sell its 50% interest in the Robin project to Tern Resources plc for £8 million': a
    sale the release tells with its buyer and its price is news though told without its day (a royalty sold is a
    financing, a letter of intent no deal yet). A purchase told so is most often the history of an asset ('acquired
    from X in 2006 for $4 million'), and stays a mention."""
    return (ev.event_type == "disposition" and ev.counterparty is not None and ev.amount is not None
            and not _NO_DEAL_YET.search(text, ev.start, ev.end))


_NO_DEAL_YET = re.compile(r"\b(?:royalt(?:y|ies)|stream|letters?\s+of\s+intent|term\s+sheet|non-binding|proposed)\b",
                          re.I)
_LEGAL_TYPES = ("legal_proceeding", "legal_challenge", "court_judgment", "arbitration_award", "enforcement_action")


# a party the release names in full once and then by a short name: 'its former joint venture partner, Queen Lode
# Minerals Pty Ltd ("Queen Lode")', 'the action brought by Mokoena Mining Contractors (Pty) Ltd ("MMC")'
_DEFINED_AS = re.compile(r"\s*\(\s*(?:the\s+)?[\"\u201c](?P<alias>[A-Z][\w&'.\u2019 -]{1,30})[\"\u201d]\s*\)")
# (a name ending in a legal form: 'National Mineral Holdings of Zambia Limited', 'Société Aurifère du Maniema SARL',
# 'Mokoena Mining Contractors (Pty) Ltd')
_DEFINED_NAME = re.compile(
    r"(?P<full>(?:[A-Z][\w&'.\u00c0-\u017f-]*)(?:\s+(?:[A-Z][\w&'.\u00c0-\u017f-]*|\((?:Pty|Proprietary|Private)\)|of|de|del|du|des|"
    r"la|y|et|e|do|da|dos|das|&|and|de\s+C\.V\.)){0,8}?\s*,?\s+(?:Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|L\.L\.C\.|GmbH|AG|SA|S\.A\.|"
    r"S\.A\.\s+de\s+C\.V\.|S\.A\.C\.|S\.A\.S\.|SAS|SARL|S\.R\.L\.|SpA|S\.p\.A\.|PLC|plc|N\.V\.|B\.V\.|L\.P\.|LP|LLP|Pty\.?\s+Ltd\.?|"
    r"Co\.,?\s+Ltd\.|Company|Tbk|Bhd|Berhad|A\.\u015e\.|Ltda\.?))\s*$")
_LEADING_WORDS = re.compile(r"^(?:(?:On|The|In|By|And|But|Its|Yesterday|Today|Following|Under|After|Before|Also|Further|"
                            r"Earlier|Separately|Meanwhile|When|While|As|At|From|With|For|To|Both|Each|Between)\s+)+")
_NOT_AN_ADVERSARY = re.compile(r"(?:the\s+)?(?:Company|Corporation|Group|Issuer|Seller|Vendor|Purchaser|Buyer|Lenders?|"
                               r"Borrower|Receiver|Monitor|Trustee|Agent|Guarantor|Subscriber|Investor|Offeror|Award|"
                               r"Agreement|Petitioner|Applicant|Claimant|Respondent|Plaintiff|Defendant)s?", re.I)
# the words that make a party the other side: 'against X', 'in favour of X', 'brought by X', 'X's application',
# 'X filed', 'restraining X', 'attaching ... owed to X'
_ADVERSARY_CUE = (r"\bagainst\s+(?:the\s+|its\s+(?:former\s+)?(?:[\w-]+\s+){{0,3}}?(?:partner|contractor|customer|supplier),?\s+)?"
                  r"(?P<a>{p})\b|\bin\s+favou?r\s+of\s+(?P<b>{p})\b|\b(?:brought|filed|commenced|instituted|lodged|obtained|"
                  r"launched|initiated|issued|challenge|application|claims?|action|appeal|petition|motion|complaint)\s+by\s+(?:its\s+(?:former\s+)?(?:[\w-]+\s+){{0,3}}?(?:partner|contractor),?\s+)?"
                  r"(?P<c>{p})\b|\b(?P<d>{p})['\u2019]s\s+(?:[\w-]+\s+){{0,3}}?(?:application|claims?|appeal|action|petition|"
                  r"motion|challenge|solicitors|counsel|counterclaim|lawsuit|suit)\b|(?<!\bof )\b(?P<e>{p})"
                  # (its short name or what it is between: 'Sahel Earthmoving SARL, the former mining contractor at
                  # Dyanke, filed a request for arbitration')
                  r"(?:\s*\(\s*(?:the\s+)?\"[^\"]{{1,40}}\"\s*\))?(?:,\s+(?:the|its|an?)\s+[^,;]{{3,80}},)?\s+(?:has\s+|had\s+|have\s+)?"
                  r"(?:filed|commenced|instituted|lodged|issued|brought|served|appealed|applied|launched|initiated)\b"
                  # the party a court order is made for: 'the Supreme Court of Yukon granted an order, on the
                  # application of Nahanni Royalty & Streaming Corp. ("Nahanni"), appointing a receiver'
                  r"|\bon\s+the\s+(?:application|motion|petition)\s+of\s+(?P<h>{p})\b"
                  r"|\brestraining\s+(?:its\s+(?:former\s+)?(?:[\w-]+\s+){{0,3}}?(?:partner|contractor),?\s+)?(?P<f>{p})\b"
                  # the debtor whose money is attached: 'attaching US$4,6 million owed to SAMA'
                  r"|\b(?:attach\w*|garnish\w*|seiz\w*|freez\w*|froze)\b[^.;]{{0,80}}?\b(?:owed\s+to|held\s+by|belonging\s+to|"
                  r"due\s+to)\s+(?P<g>{p})\b")


_ROLE_ALIAS = re.compile(r"\s*\(\s*the\s+[\"\u201c](?P<alias>(?:(?:Senior|Secured|Junior|Senior\s+Secured)\s+)?(?:Lenders?|"
                         r"Noteholders?|Bondholders?|Petitioner|Creditor))[\"\u201d]\s*\)")
_NAME_BEFORE = re.compile(r"(?P<full>(?:[A-Z][\w&'.\u00c0-\u017f-]*)(?:\s+(?:[A-Z][\w&'.\u00c0-\u017f-]*|\((?:Pty|Proprietary|Private)\)|"
                          r"of|de|du|la|&)){1,7})\s*,?\s*$")


def _role_parties(text: str, ours: list[str], issuer_short: str | None) -> dict[str, str]:
    """The lender, holder or petitioner the release names in full once and then by that role: 'its $60 million credit
    facility with Cordova Commercial Bank (the "Senior Lender")', '... by Golden Anvil Trading Limited (the
    "Petitioner")'."""
    out: dict[str, str] = {}
    for d in _ROLE_ALIAS.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, d.start() - 120), d.start())
        if not m:
            continue
        full = _LEADING_WORDS.sub("", _PARAGRAPH_BREAK.split(m.group("full"))[-1])
        if len(full.split()) < 2 or issuer_short and issuer_short in full or any(o and o in _one_line(full) for o in ours):
            continue
        out.setdefault(d.group("alias"), full)
    return out


def _defined_parties(text: str, own_names: list[str], issuer_short: str | None) -> dict[str, str]:
    """Short name -> full name of each organisation the release defines by a short name, the issuer's side aside."""
    out: dict[str, str] = {}
    if '("' not in text and "(\u201c" not in text and '(the "' not in text:
        return out
    for d in _DEFINED_AS.finditer(text):
        m = _DEFINED_NAME.search(text, max(0, d.start() - 120), d.start())
        if not m:
            continue
        full, alias = _LEADING_WORDS.sub("", _PARAGRAPH_BREAK.split(m.group("full"))[-1]), d.group("alias").strip()
        # (the name begins after the sentence before it ends: '... the Supreme Court of British Columbia. Cariboo
        # Precious Metals Streaming Corp. ("CPMS")')
        full = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", full)[-1]
        if WIRE_SERVICE.match(full) or _NOT_AN_ADVERSARY.fullmatch(alias) or _one_line(full) in own_names or _one_line(alias) in own_names \
                or issuer_short and (re.search(rf"\b{re.escape(issuer_short)}\b", f"{full} {alias}") or re.search(
                    rf"\b{re.escape(issuer_short)}['\u2019]s\s+(?:[\w%-]+\s+){{0,3}}?subsidiar(?:y|ies),?\s+$",
                    text[max(0, m.start() - 60):m.start()])) \
                or _OWN_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _OWN_AFTER.match(text, d.end()) \
                or re.match(r"\s*,\s+(?:an?\s+)?(?:[\w%-]+\s+){0,3}?subsidiary\b", text[d.end():]):
            continue
        if not full or full == alias:
            continue
        out.setdefault(alias, full)
        out.setdefault(full, full)
    return out


_PERSON_ADVERSARY = re.compile(
    rf"\b(?:against|restraining)\s+{_SURNAME_TITLE}(?P<a>[{_UP}][\w'-]+)\b(?!\s+[{_UP}])"
    rf"|\b{_SURNAME_TITLE}(?P<b>[{_UP}][\w'-]+)\s+(?:has\s+|had\s+)?(?:filed|commenced|brought|lodged|issued|instituted)\b")
_OWNERS_SUBSIDIARY = re.compile(r"\b(?P<owner>[A-Z][^\s,.;:()'\u2019]*)['\u2019]s\s+(?:[\w%-]+\s+){0,3}?subsidiary,?\s+")
_SOMEONES_SUBSIDIARY = re.compile(r"\bsubsidiar(?:y|ies),?\s+$")


def _other_organisations(text: str, parties: dict[str, str], own_names: list[str], issuer_short: str | None) -> dict[str, str]:
    """The organisations a sentence names in full by their legal form, the issuer's side and the defined ones aside."""
    out = {}
    for m in ISSUER_RE.finditer(text):
        name = m.group(1)
        if name in parties or _one_line(name) in own_names or issuer_short and name.startswith(issuer_short) or \
                WIRE_SERVICE.match(name) or re.search(r"\s(?:and|&)\s", name) or SELF_REFERENCE.fullmatch(name):
            continue    # ('Queen Lode and Kalpini Holdings Limited': two parties, not one; 'The Corporation filed': ours)
        if _OWN_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _OWN_AFTER.match(text, m.end()) or \
                _SOMEONES_SUBSIDIARY.search(text, max(0, m.start() - 60), m.start()):
            continue    # ("Tengri's wholly-owned subsidiary Kara-Suu Mining LLC": the issuer's side)
        out[name] = name
    return out


_NAME = (rf"[{_UP}][\w&'.-]*(?:\s+(?:[{_UP}][\w&'.-]*|\((?:Private|Pty|Proprietary)\)|of|de|del|du|des|la|for)){{1,7}}")
# 'the lawsuit brought by the Yeniköy Environment Association', 'the claim of US$2.4 million brought against the
# Company's subsidiary ... by Chinhoyi Earthmoving (Private) Limited', 'the class action filed in 2014 by shareholder
# Dennis Hoyle'
_BROUGHT_BY = _rx(rf"\b(?:brought|filed|commenced|initiated|instituted|lodged)\b[^.;]{{0,120}}?\bby\s+(?:the\s+)?"
                         rf"(?:(?:shareholder|plaintiff|claimant|petitioner|applicant)\s+)?(?P<n>{_NAME})")
# 'Sahel Earthmoving SARL, the former mining contractor at Dyanké, filed', 'Delbert Mowry filed a class action'
_FILED_BY_NAME = re.compile(rf"(?P<n>{_NAME})(?:\s*\(\s*(?:the\s+)?[\"\u201c][^\"\u201d]{{1,40}}[\"\u201d]\s*\))?(?:,[^,;]{{0,90}})?,?\s+"
                            r"(?:has\s+|had\s+)?(?:filed|issued|commenced|brought|lodged|instituted)\b")


def _claimant(text: str, s: int, e: int, hi: int, ours: list[str], issuer_short: str | None) -> str | None:
    """The party that brought the claim, named in full as the one the claim was brought by or as the subject that filed
    it (a company by its legal form, a person by a full name); never the issuer's side."""
    found = [(m, True) for m in _BROUGHT_BY.finditer(text, s, hi)]
    found += [(m, False) for m in _FILED_BY_NAME.finditer(text, max(0, s - 200), min(len(text), e + 20))
              if m.end() >= s]
    for m, cued in found:
        name = _LEADING_WORDS.sub("", m.group("n"))
        name = re.sub(r"(?:\s+(?:of|de|del|du|des|la|for))+$", "", name).rstrip(".,")
        if len(name.split()) < 2 or _NOT_AN_ADVERSARY.match(name) or re.search(
                r"\b(?:Court|Tribunal|Judge|Justice|Centre|Center|Chamber|Board|Directors?|Company|Corporation's)\b", name):
            continue
        if issuer_short and issuer_short in name or any(o and (o in _one_line(name) or _one_line(name) in o) for o in ours):
            continue
        if re.match(_MONTHS + r"[A-Z]", name) is None:
            continue    # ('On March 12, 2024 ...': a date, not a party)
        if re.match(_SURNAME_TITLE, name):
            continue    # ('Mr. Hammarlund filed a statement of defence': the person by the full name, read elsewhere)
        if cued or ISSUER_RE.fullmatch(name) or re.fullmatch(_PERSON, name) and not re.search(_NOT_PERSON, name) and \
                not re.search(r"\b(?:Mining|Minera|Mineração|Minerals?|Mines|Gold|Resources|Metals|Exploration|Holdings|"
                              r"Group|Trading|Capital|Energy|Contracting|Construction|Engineering)\b", name):
            if not cued and (_OWN_BEFORE.search(text, max(0, m.start() - 60), m.start()) or
                             _SOMEONES_SUBSIDIARY.search(text, max(0, m.start() - 60), m.start())):
                continue    # ("the Company's subsidiary, Tekeli Altyn LLP, filed an appeal": the issuer's side)
            return name
    return None


def _adversary(text: str, lo: int, hi: int, parties: dict[str, str]) -> str | None:
    """The other side of a legal step, by a cue before a party the release defined ('against Queen Lode')."""
    names = "|".join(re.escape(n) for n in sorted(parties, key=len, reverse=True))
    m = _rx(_ADVERSARY_CUE.format(p=f"(?:{names})")).search(text[lo:hi])
    if not m:
        return None
    return parties[next(g for g in m.groups() if g)]


def _one_adversary(events: list[_Event]) -> list[_Event]:
    """A release about one dispute names its adversary once or twice ('... filed a Request for Arbitration against
    the Republic of Costa Rica'): the steps that do not name it ('The Tribunal found ...', 'The Association has since
    lodged an appeal') are against the same party. With two adversaries in the release, nothing is inferred."""
    legal = [ev for ev in events if ev.event_type in _LEGAL_TYPES]
    named = {_norm_party(ev.counterparty): ev.counterparty for ev in legal if ev.counterparty and not ev.claimant}
    claimants = {_norm_party(ev.counterparty): ev.counterparty for ev in legal if ev.counterparty and ev.claimant}
    if not named and len(claimants) == 1:
        # (the one who brought a claim against the issuer is the side that appeals the ruling on it: 'The Association
        # has since lodged an appeal'; the release's other steps may be with others)
        filled = [ev for ev in legal if ev.counterparty is None and ev.event_type == "legal_challenge"]
        for ev in filled:
            ev.counterparty = next(iter(claimants.values()))
        return filled
    if len(named) != 1:
        return []
    party = next(iter(named.values()))
    filled = [ev for ev in legal if ev.counterparty is None]
    if _STATE.fullmatch(party) or _COUNTRY.fullmatch(party):
        # 'The Tribunal found that the cancellation of the concession by the Ministry of Mines was an unlawful
        # expropriation': the taking the award holds against the state the release's steps name
        filled += [ev for ev in events if ev.event_type == "expropriation" and ev.counterparty is None]
    for ev in filled:
        ev.counterparty = party
    return filled


def _norm_party(name: str) -> str:
    return " ".join(w for w in re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split() if w not in ("the", "of"))


_SUCCESSION = re.compile(r"\b(?:succe|replac)|\bin\s+(?:his|her|their)\s+place\b", re.I)
_LEFT_BEFORE = re.compile(r"\bwho\s+(?:has\s+|had\s+)?(?:left|resigned|retired|departed|stepped\s+down)\b", re.I)


def _roles_from_successor(doc, events: list[_Event]) -> None:
    """'... the appointment of Jane Smith as Chief Financial Officer. Ms. Smith succeeds John Doe, who is retiring.':
    the predecessor leaves the role his successor was appointed to earlier in the paragraph; and 'John Doe has
    stepped down as Chief Financial Officer. He will be replaced by Jane Smith.': the successor takes the role."""
    if not any(ev.event_type.startswith("executive_") and ev.role is None for ev in events):
        return
    unit_of = {s.start: (s.unit, s.text) for s in doc.seg.sentences}
    for ev in events:
        if not ev.event_type.startswith("executive_") or ev.role is not None or ev.start not in unit_of:
            continue
        unit, text = unit_of[ev.start]
        if not _SUCCESSION.search(text):
            continue
        other = "executive_appointment" if ev.event_type == "executive_departure" else "executive_departure"
        earlier = [a for a in events if a.event_type == other and a.role and a.start < ev.start
                   and unit_of.get(a.start, (None,))[0] == unit and a.person_name
                   and (other == "executive_departure" or re.match(r"\s*(?:He|She)\b", text)
                        or re.search(rf"\b{re.escape(a.person_name.split()[-1])}\b", text))]
        if earlier:
            ev.role = earlier[-1].role
            if ev.event_type == "executive_appointment" or not _LEFT_BEFORE.search(text):
                ev.event_date = ev.event_date or earlier[-1].event_date     # one change, one effective date
            # (but 'He succeeds David Moorhouse, who has left the Company': the day he left is not told)


def _is_dateline(text: str, d, sent, doc) -> bool:
    """The release's own date in the dateline that opens the first paragraph."""
    # ('The Board announces that on 8 November 2010 (after trading hours), ... entered into': a day the lead gives
    # its event, not the dateline)
    return d.value == doc.release_date and d.start < 120 and sent.unit == doc.seg.lead and not re.search(
        r"\b(?:that\s+)?on\s+$", text[max(0, d.start - 12):d.start])


# the day a deal took effect, named by the term the release defined for it: 'The Plan became effective on April 21,
# 2003 (the "Effective Date")' ... 'stepped down on the Effective Date', 'effective as of the Implementation Date'
_DAY_TERM = r"(?:Effective|Implementation|Completion|Closing)\s+Date"
_ON_DEFINED_DAY = re.compile(r"\b(?:on|as\s+of|from|with\s+effect\s+from|effective(?:\s+as\s+of|\s+on|\s+from)?)\s+the\s+"
                             rf"(?P<term>{_DAY_TERM})\b")
_DAY_DEFINED = re.compile(r"\(\s*the\s+[\"\u201c](?P<term>" + _DAY_TERM + r")[\"\u201d]\s*\)")


def _defined_day(doc, term: str) -> date | None:
    """The date the release defines a term by ('April 21, 2003 (the "Effective Date")'), if it does."""
    for m in _DAY_DEFINED.finditer(doc.clean.text):
        if " ".join(m.group("term").split()) != " ".join(term.split()):
            continue
        found = [d for d in find_dates_near(doc.clean.text[max(0, m.start() - 40):m.start()], doc.release_date, doc.day_first)
                 if not doc.release_date or d.value <= doc.release_date]
        if found:
            return found[-1].value
    return None


# a director who says he will leave at the meeting leaves ('has informed the board of his intention to retire as
# Chairman and as a director at the conclusion of the annual general meeting')
_INTENDS_TO_LEAVE = re.compile(r"\b(?:informed|advised|notified|told)\s+the\s+[Bb]oard\b[^.;]{0,40}?\b(?:intention|decision)\s+to\s+"
                               r"(?:retire|step\s+down|resign)\b")
_OFFICE_WORD = re.compile(r"\b(?:Controller|Manager|Officer|Director|President|Secretary|Chair\w*|Treasurer|Counsel|"
                          r"Engineer|Geologist|Superintendent)\b")


def _executive_events(text: str, sent, doc) -> list[_Event]:
    out = []
    issuer_short = (doc.issuer or "").split()[0] if doc.issuer else None
    for rx, etype in ((_APPOINT, "executive_appointment"), (_DEPART, "executive_departure")):
        for m in rx.finditer(text):
            # each alternative names its person pN and role rN
            pkey = next((k for k, v in m.groupdict().items() if k[0] == "p" and v), None)
            person = m.group(pkey) if pkey else None
            inner = HONORIFIC_PERSON.search(text, m.end(pkey), m.end()) if pkey else None
            if inner and not re.match(HONORIFIC, person):
                # 'the JSE Listings Requirements, shareholders are advised that Mr Pieter Swanepoel has resigned'
                person = inner.group("name")
            rkey = next((k for k, v in m.groupdict().items() if k[0] == "r" and v), None)
            role = m.group(rkey) if rkey else None
            both = _AND_ROLE.match(text, m.end(rkey)) if rkey and role not in ("Board", "board") else None
            if both:
                role = f"{role} and {both.group('role')}"   # 'as Managing Director and Chief Executive Officer'
            later = _AS_ROLE_AFTER.match(text, m.end())
            if later and etype == "executive_appointment":
                # 'appointed Susan Whitcombe, the Company's Chief Financial Officer, as interim President and ...':
                # the role she is appointed to, not the one she holds
                role = later.group("role")
            lead = _LEAD_PERSON.match(text) if pkey and etype == "executive_appointment" else None
            if lead and lead.end("p") < m.start(pkey) and _IN_APPOSITION.search(text, lead.end("p"), m.start(pkey)):
                # 'Mr Hannes du Plessis, currently Mine Manager at Koedoesnek Shaft, has been appointed General
                # Manager': the name the sentence opens with, not a place in the role it now holds
                person = lead.group("p")
            if person and _NOT_A_NAME_START.match(person):
                continue        # 'Upon Completion, ...': a phrase, not a person
            if pkey == "p61" and _OFFICE_WORD.search(person):
                continue        # '..., currently Group Financial Controller, who will join the Board': an office
            if m.groupdict().get("p47") and (_norm(m.group("r47")) == _norm(m.group("to47")) or not re.match(
                    r"(?:the\s+(?:Company|Corporation|Group)'s|its|our)$", m.group("own47")) and not (
                    issuer_short and m.group("own47")[:-2] == issuer_short)):
                continue        # (the same role, or a role at another company: 'Savant Lake's President')
            if rx is _DEPART and pkey == "p2" and re.search(r"\b(?:of|at|in|from|near)\s+(?:the\s+)?$",
                                                            text[max(0, m.start(pkey) - 12):m.start(pkey)]):
                continue        # '..., who led the construction of La Lechuguilla, will retire': a place, not a person
            if person and re.match(r"(?:He|She|They|It|The|This|Mr|Ms)\b", person) and len(person.split()) < 2:
                continue
            label = _LEADING_LABEL.match(person) if person else None
            if label and len(person[label.end():].split()) >= 2:
                person = person[label.end():]       # 'Board' / 'Simon Ashgrove, ...' joined by a lost line break
            held = _HELD_ROLE.match(person) if person else None
            if held and not re.search(_NOT_PERSON, person[held.end():]) and len(person[held.end():].split()) >= 2:
                person = person[held.end():]     # 'appointed Chief Operating Officer Jodie Castellari as ...'
            if person and re.search(_NOT_PERSON, person):
                # 'Non-Executive Chair Ms Rhonda Kellerman will become ...': the honorific names the person
                titled = HONORIFIC_PERSON.search(text, m.start(pkey), m.end(pkey))
                joined = _AND_PERSON.search(text, m.end(pkey), m.end())
                if titled is not None and not re.search(_NOT_PERSON, titled.group("name")):
                    person = titled.group("name")
                elif joined is not None and not re.search(_NOT_PERSON, joined.group("p")):
                    # '... will become Executive Vice President and Chief Operating Officer, and Priya Raghavan, Vice
                    # President, Finance, will succeed Mr. Feldmann as Chief Financial Officer': the second change's
                    # person follows the first one's role
                    person = joined.group("p")
                else:
                    continue        # a title, not a person
            if person is None or (doc.issuer and person in doc.issuer):
                continue
            if re.search(r"\bre-?(?:appointed|elected)\b|\bconfirmed\b", text[max(0, m.start() - 40):m.end()], re.I) and not (
                    etype == "executive_appointment" and re.search(r"\b(?:interim|acting)\b", text[m.start():m.end()], re.I)
                    and re.search(r"\bconfirmed\b(?:[^;]{0,160}?\s)?as\b", text[m.start():m.end()])):
                continue        # a re-appointment changes nobody (but an interim officer confirmed in the role is
                #                 appointed to it: 'X, who has served as interim CFO since ..., has been confirmed as CFO')
            if etype == "executive_departure" and re.search(r"\bretire[sd]?\s+by\s+rotation\b|\b(?:was|were|been)\s+re-?elected\b",
                                                            text, re.I):
                continue        # 'Mr Ian W. Lockyer, who retired by rotation ..., was re-elected': he stays
            if _NEGATION.search(text[max(0, m.start() - 30): m.start()]):
                continue
            person = re.sub("^" + HONORIFIC, "", person)
            if " " not in person.strip():
                person = _full_name(person.strip(), doc)
            if role is None:
                # 'Mark Pemberton, Finance Director, has informed the Board ...': the role in apposition (after the
                # letters after the name: 'Gareth Linwood, CPA, Chief Financial Officer'; 'Colin Bethune, the current
                # Chief Financial Officer, will leave the Company')
                am = _APPOSITIVE_ROLE.match(text, m.end(pkey))
                if am:
                    role = am.group("role")
            if role is None and etype == "executive_appointment":
                # '... will be replaced by Mr Robert Tandy, ACIS, who is appointed Company Secretary from 1 July 2004'
                wm = _WHO_IS_APPOINTED.match(text, m.end(pkey))
                role = wm.group("role") if wm else None
            if role is None and etype == "executive_departure":
                # 'Thomas Ekholm, who has served as Interim President ... since 2024, stepped down from that role'
                sm = _SERVED_AS.search(text, m.start(), m.end())
                role = sm.group("role") if sm else None
            if role is None:
                rm = _ROLE_RE.search(text, m.end())
                if rm and etype == "executive_departure" and _STAYS_AS.search(text, max(0, rm.start() - 30), rm.start()):
                    rm = None       # '... and will continue as Chair of the Board': the role kept
                role = rm.group("role") if rm else None
            if role is None and etype == "executive_departure" and re.search(
                    r"\b(?:retired|resigned|stepped\s+down|retire|resign|step\s+down)\s+(?:as\s+a\s+director\s+)?from\s+the\s+Board\b|"
                    r"^(?:retirement|resignation|departure)\s+of\s+[^,;]{0,50}?\s+(?:from\s+the\s+Board|as\s+an?\s+"
                    r"member\s+of\s+the\s+Board)\b",
                    text[m.start():m.end() + 40], re.I):
                # 'Dr X, a non-executive director, has retired from the Board', 'the retirement of Mr. Kenneth Ashworth
                # from the Board': a director leaving the board, in the words the sentence gives the seat
                seat = _SEAT_WORDS.search(text)
                role = seat.group() if seat else "Director"
            if role in ("Board", "board"):
                role = "Director"
            if role and _BOARD_ONLY.fullmatch(role.strip()) and (seat := _SEAT_WORDS.search(text)):
                role = seat.group()     # ('appointed to the Board as a non-executive director'): the seat as written
            role = _expand_role(role, doc)
            dates = [d for d in find_dates_near(text, doc.release_date, doc.day_first) if _DATE_CUE.search(text[max(0, d.start - 40): d.start])
                     and not _is_dateline(text, d, sent, doc)]
            if etype == "executive_appointment":
                dates = [d for d in dates if not re.search(r"\b(?:retired|resigned|left|stepped\s+down|departed|died)\s+(?:on\s+)?$",
                                                           text[max(0, d.start - 25):d.start])]
            # ('... following the resignation of Ms Leonie Bradfield-Hale as Chief Financial Officer, announced on 3 June
            # 2014': the day the change was announced, not made)
            # (but 'As announced on 1 February 2013, Ms X was appointed Chief Operating Officer on that date')
            dates = [d for d in dates if d.start < m.start() or not re.search(
                r"\b(?:announced|reported|disclosed)\s+(?:on\s+)?$", text[max(0, d.start - 25):d.start])]
            if etype == "executive_departure" and re.search(r"\b(?:following|after|upon)\s+(?:the\s+)?$",
                                                            text[max(0, m.start() - 20):m.start()]):
                # 'Mr X was appointed Company Secretary on 3 May 2017, following the resignation of Ms Alison Tran':
                # the day told before is the appointment's, the resignation's is told after it or not at all
                dates = [d for d in dates if d.start >= m.start()]
            after = [d for d in dates if d.start >= m.start()]
            # '... will step down as President on December 31 and will become Executive Chair effective January 1':
            # an appointment takes the date told after the role it is to
            to_role = [d for d in after if etype == "executive_appointment" and rkey and d.start >= m.start(rkey)]
            # (a day told before, in a clause of its own, is another's: '... the first gold was poured at the mill on May
            # 26, 2011, and that it has appointed Denis Marchessault as Chief Operating Officer')
            # (but a day that opens the sentence is every change's it tells: 'On June 8, 2012, the Board accepted the
            # resignation of Mr. X as ..., and appointed Dr. Y as ...')
            before = [d for d in dates if d.start < m.start() and (
                not _CLAUSE_BREAK.search(text, d.end, m.start()) or _OPENING_DAY.fullmatch(text, 0, d.start)
                and text.startswith(",", d.end))]
            date = (to_role or after or before or [None])[0]
            when = date.value if date else None
            if when is None and etype == "executive_departure":
                # '... is retiring and will remain with the Company until September 30, 2021': the last day in the role
                until = next((d for d in find_dates_near(text, doc.release_date, doc.day_first) if d.start > m.start()
                              and _REMAINS_UNTIL.search(text, max(0, d.start - 60), d.start)), None)
                when = until.value if until else None
            if when is None and _AS_OF_TODAY.search(text, m.start()):
                when = doc.release_date     # 'welcomes Ms. X as Vice President, Operations, as of today'
            elif when is None and doc.release_date and _YESTERDAY.search(text, max(0, m.start() - 40)):
                when = doc.release_date - timedelta(days=1)     # 'stepped down as Chief Executive Officer yesterday'
            elif when is None and (term := _ON_DEFINED_DAY.search(text, m.start())):
                when = _defined_day(doc, term.group("term"))     # 'stepped down on the Effective Date'
            if role and re.fullmatch(r"(?:(?:Non-Executive|Independent|Executive)\s+)?(?:Chair\w*(?:\s+of\s+the\s+Board)?|Director|Board|Lead\s+Director)", role, re.I) and \
                    re.search(r"\b(?:re-?elected|annual\s+(?:general\s+)?meeting|AGM|shareholders\s+(?:have\s+)?elected)\b", text, re.I) \
                    and not (etype == "executive_departure" and (re.search(rf"\b{re.escape(role)}\s+since\b|\b(?:served|acted)\s+as\s+"
                                                                          rf"(?:\w+\s+){{0,2}}{re.escape(role)}\s+since\b", text)
                                                                or _INTENDS_TO_LEAVE.search(text))
                             and not re.search(r"\bre-?elected\b", text, re.I)):
                continue    # board elections at a shareholders' meeting are not executive changes (but a chair who
                #             has held the role retiring at the meeting leaves it: 'Sir Geoffrey Ambrose, Chairman
                #             since 1997, will retire at the conclusion of the Annual General Meeting')
            out.append(_Event(etype, when, None, None, None, None, person.strip(), role, None, sent.start, sent.end))
            second = _AND_SECOND.match(text, m.end()) if etype == "executive_appointment" else None
            while second and not _NOT_A_NAME_START.match(second.group("p")):
                # 'appointed Mr. Harold K. Beaulieu as President ... and Ms. Dana R. Oyama as Chief Financial Officer';
                # 'the appointments of Mark Chen as Chief Financial Officer, Laura Bianchi as Vice President,
                # Exploration, and Samuel Osei as General Manager': each of a list
                out.append(_Event(etype, when, None, None, None, None, re.sub("^" + HONORIFIC, "", second.group("p")).strip(),
                                  _expand_role(second.group("r"), doc), None, sent.start, sent.end))
                second = _AND_SECOND.match(text, second.end())
    pair = _PAIR_LEFT_BOARD.search(text) if " and " in text and ("directors" in text or "oard" in text) else None
    if pair:
        # 'Mr. Kyle Brandt and Ms. Deepa Sandhu resigned as directors of the Company': the first of the pair leaves too
        first = re.sub("^" + HONORIFIC, "", pair.group("a")).strip()
        second = re.sub("^" + HONORIFIC, "", pair.group("b")).strip()
        other = next((ev for ev in out if ev.event_type == "executive_departure" and _same_person(ev.person_name, second)),
                     None)
        if other is not None and not re.search(_NOT_PERSON, first) and not any(
                ev.event_type == "executive_departure" and _same_person(ev.person_name, first) for ev in out):
            other.role = other.role or "Director"
            out.append(_Event("executive_departure", other.event_date, None, None, None, None, first, other.role, None,
                              sent.start, sent.end))
    plural = _PLURAL_DEPARTURE.search(text) if " have " in text else None
    if plural:
        lo = max(text.rfind(";", 0, plural.start()), text.rfind(":", 0, plural.start())) + 1
        when = next((ev.event_date for ev in out if ev.event_type == "executive_departure" and ev.event_date), None)
        if when is None:
            after = [d for d in find_dates_near(text, doc.release_date, doc.day_first)
                     if d.start >= plural.end() and _DATE_CUE.search(text[max(0, d.start - 40): d.start])]
            when = after[0].value if after else None
        for lm in _LISTED_WITH_ROLE.finditer(text, lo, plural.end()):
            person = re.sub("^" + HONORIFIC, "", lm.group("p")).strip()
            if re.search(_NOT_PERSON, person) or _NOT_A_NAME_START.match(person):
                continue
            if " " not in person:
                person = _full_name(person, doc)
            known = next((ev for ev in out if ev.event_type == "executive_departure" and _same_person(ev.person_name, person)),
                         None)
            if known is not None:
                known.role = known.role or _expand_role(lm.group("role"), doc)
                continue
            out.append(_Event("executive_departure", when, None, None, None, None, person,
                              _expand_role(lm.group("role"), doc), None, sent.start, sent.end))
    # '... John Smith will step down as President and Chief Executive Officer ..., and the Board has appointed Mary
    # Jones, currently Chief Operating Officer, as his successor': she takes the role he leaves
    roles_out = [ev.role for ev in out if ev.event_type == "executive_departure" and ev.role]
    appointed = [ev for ev in out if ev.event_type == "executive_appointment"]
    if roles_out and len(appointed) == 1 and _AS_SUCCESSOR.search(text):
        appointed[0].role = roles_out[0]
    # '... has been appointed Chief Financial Officer, replacing Gerald Pike, who has left': the role he left
    roles_in = [ev.role for ev in out if ev.event_type == "executive_appointment" and ev.role]
    if roles_in and _SUCCESSION.search(text):
        for ev in out:
            if ev.event_type == "executive_departure" and ev.role is None:
                ev.role = roles_in[0]
        # '..., succeeding Mr. Don Hay, who will remain with the Company as an advisor': the predecessor leaves the role
        named = {ev.person_name for ev in out}
        for m in _PREDECESSOR.finditer(text):
            person = re.sub("^" + HONORIFIC, "", m.group("p"))
            if " " not in person.strip():
                continue        # 'will succeed Ms. Solberg as COO': she was named in full before (and may stay)
            if person not in named and not re.search(_NOT_PERSON, person):
                out.append(_Event("executive_departure", None, None, None, None, None, person, roles_in[0], None,
                                  sent.start, sent.end))
    return out


def _full_name(surname: str, doc) -> str:
    """'Mr. Vukovich' is the 'Mr. Harald Vukovich' the release names elsewhere (else the surname as written)."""
    # a family name first ('Dr. Leung Siu Fai'), else a given name before it ('Mr. Harald Vukovich')
    m = re.search(rf"\b{_SURNAME_TITLE}{re.escape(surname)}((?:\s+[{_UP}][a-z\u00df-\u00ff'-]+){{1,2}})\b(?!\s+[a-z])",
                  doc.clean.text)
    if m and not re.search(r"\b(?:as|is|was|has|will)\b", m.group(1)):
        return surname + m.group(1)
    m = re.search(rf"\b(?:{_SURNAME_TITLE})?((?:[{_UP}][a-z\u00df-\u00ff'-]+\s+)(?:[A-Z]\.\s+)?){re.escape(surname)}\b",
                  doc.clean.text)
    return (m.group(1) + surname) if m and m.group(1).split()[0] not in ("Mr", "Ms", "Mrs", "Dr", "The") else surname


# 'Douglas R. Harlow, President and Chief Executive Officer, Priya Ramsay, Chief Financial Officer, and directors ...
# have resigned': officers listed, each by the role they held, with the one verb they share
_PAIR_LEFT_BOARD = re.compile(rf"(?P<a>{_PERSON}){_DESIG}\s+and\s+(?P<b>{_PERSON}){_DESIG},?\s+(?:have\s+|each\s+)?"
                              r"(?:resigned|retired|stepped\s+down)\s+(?:as\s+(?:non-executive\s+|independent\s+)?directors|"
                              r"from\s+the\s+[Bb]oard)\b")
_PLURAL_DEPARTURE = re.compile(r",?\s+have\s+(?:each\s+|both\s+|all\s+)?(?:resigned|retired|stepped\s+down|left\s+the\s+"
                               r"(?:Company|Corporation|Group))\b")
_LISTED_WITH_ROLE = re.compile(rf"(?:^|,\s+|\band\s+)(?P<p>{_PERSON}){_DESIG},\s+(?:the\s+(?:Company|Corporation|Group)'s\s+|its\s+)?"
                               rf"(?P<role>{_ROLE})(?=,)")
_REMAINS_UNTIL = re.compile(r"\b(?:remain|stay|continue)\s+(?:in\s+(?:his|her|the)\s+(?:position|role|post)|with\s+the\s+"
                            r"(?:Company|Corporation|Group)|in\s+office)\s+until\s+$")
def _successors_day(events: list[_Event], text: str) -> None:
    """'Jane Doe will succeed Claudia Ruiz as Chief Executive Officer effective April 30, 2021': the one succeeded, told
    no day of her own, leaves the role the day her successor takes it."""
    for ev in events:
        if ev.event_type != "executive_departure" or ev.event_date is not None or not ev.person_name:
            continue
        sentence = text[ev.start:ev.end]
        cue = re.search(rf"\b(?:succeeds?|will\s+succeed|replaces?|will\s+replace)\s+(?:{_SURNAME_TITLE})?"
                        rf"{re.escape(ev.person_name)}\b", sentence)
        taken = {a.event_date for a in events if a.event_type == "executive_appointment" and a.start == ev.start
                 and a.event_date}
        if cue and len(taken) == 1 and _EFFECTIVE.search(sentence, cue.end()):
            ev.event_date = taken.pop()


_NICKNAME = re.compile(r"\s+[\"\u201c][A-Z][a-z]+[\"\u201d](?=\s)")
_EFFECTIVE = re.compile(r"\b(?:effective|with\s+effect\s+from|as\s+of)\b", re.I)
_AS_SUCCESSOR = re.compile(r"\bas\s+(?:his|her|their)\s+successor\b")
_ROLE_ABBREVIATIONS = {"CEO": "Chief Executive Officer", "CFO": "Chief Financial Officer",
                       "COO": "Chief Operating Officer", "CTO": "Chief Technology Officer"}


def _expand_role(role: str | None, doc) -> str | None:
    """'CFO' becomes 'Chief Financial Officer' when the release itself spells it out."""
    if role in _ROLE_ABBREVIATIONS and _ROLE_ABBREVIATIONS[role].lower() in doc.clean.text.lower():
        return _ROLE_ABBREVIATIONS[role]
    return role


def _norm(v: str | None) -> str:
    return re.sub(r"[^a-z0-9 ]", "", " ".join((v or "").lower().split()))    # (a name hard-wrapped is the same name)


_COUNTRY_OF = (
    ("canada", ("canad", "ontario", "quebec", "british columbia", "alberta")),
    ("united states", ("united states", "u.s.", "american", "new york", "delaware", "district of columbia", "d.c.", "dc ")),
    ("england", ("england", "english", "london", "united kingdom")),
    ("france", ("france", "french", "paris")),
)


def _country(where: str | None) -> str:
    w = (where or "").lower() + " "
    for country, keys in _COUNTRY_OF:
        if any(k in w for k in keys):
            return country
    return _norm(where)


def _compatible(a: _Event, b: _Event) -> bool:
    if a.event_type != b.event_type:
        return False
    if a.event_type in ("executive_appointment", "executive_departure"):
        return _same_person(a.person_name, b.person_name)
    ma = a.month or (a.event_date and (a.event_date.year, a.event_date.month))
    mb = b.month or (b.event_date and (b.event_date.year, b.event_date.month))
    if (a.month or b.month) and ma and mb and ma != mb:
        return False    # 'served a notice of dispute in March 2005' and 'filed its request on 16 September 2005': two steps
    bare = [ev for ev in (a, b) if not (ev.event_date or ev.venue or ev.counterparty or ev.amount or ev.jurisdiction
                                        or ev.month)]
    if bare:
        return True     # 'before the annulment application is decided': a bare mention of a reported event
    if a.event_date and b.event_date and a.event_date != b.event_date:
        return False
    if a.amount and b.amount and abs(a.amount - b.amount) > 0.02 * max(a.amount, b.amount):
        return False
    if a.venue and b.venue:
        # ('the arbitral tribunal constituted under the Convention of the International Centre for Settlement of
        # Investment Disputes' in the lead, the award 'in ICSID Case No. ARB/10/22' below: one award, one tribunal)
        return _same_venue(a.venue, b.venue) or a.event_type == "arbitration_award" and any(
            re.match(r"(?:the\s+)?(?:arbitral\s+)?tribunal\s+(?:constituted|appointed|established)\b", v, re.I)
            for v in (a.venue, b.venue))
    if a.event_type in ("acquisition", "disposition", "agreement"):
        # one deal per release unless the other parties differ ('Binding agreement to sell ...' in the
        # highlights and the full sentence below are the same sale)
        return not (a.counterparty and b.counterparty and _norm(a.counterparty) != _norm(b.counterparty))
    if a.event_type in ("arbitration_award", "expropriation"):
        return True
    ja, jb = _country(a.jurisdiction or a.venue), _country(b.jurisdiction or b.venue)
    if ja and jb:
        return ja in jb or jb in ja
    # the lead's undated summary ('announces that the District Court has entered judgment ...') and the dated account
    # below it that names the court only as 'the Court'
    return (a.event_date is None) != (b.event_date is None) and not (a.venue and b.venue) and not (
        a.counterparty and b.counterparty and _norm(a.counterparty) != _norm(b.counterparty))


_MONTH_YEAR = re.compile(rf"\b(?:[Ii]n|[Dd]uring)\s+(?:early\s+|mid-|late\s+)?(?P<m>{MONTH_PATTERN})\s+(?P<y>(?:19|20)\d\d)\b")


_THIS_MONTH = re.compile(r"\b(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:week|month)\b")
_MONTH_ALONE = re.compile(rf"\b[Ii]n\s+(?:early\s+|mid-|late\s+)?(?P<m>{MONTH_PATTERN})(?![\w.])(?!\s*,?\s*\d)")


def _deal_month(text: str, lo: int, hi: int, released: date) -> tuple[int, int] | None:
    """The month a deal is told by, without its day: 'earlier this week', 'In January', 'in March 2019'."""
    if _THIS_MONTH.search(text, lo, hi):
        return released.year, released.month
    m = _MONTH_ALONE.search(text, lo, hi)
    if m:
        try:
            month = month_number(m.group("m"))
        except KeyError:
            return None
        return (released.year, month) if month <= released.month else (released.year - 1, month)
    m = _MONTH_YEAR.search(text, lo, hi)
    if m:
        told = (int(m.group("y")), month_number(m.group("m")))
        return told if told <= (released.year, released.month) else None
    return None


def _month_told(text: str, lo: int, s: int, e: int, hi: int, doc) -> tuple[int, int] | None:
    """The month a step is told by, without its day, in its own part of the sentence: 'The Company served a notice
    of dispute on the Government in March 2005'."""
    found = [m for m in _MONTH_YEAR.finditer(text, lo, hi)]
    if not found:
        return None
    m = min(found, key=lambda m: min(abs(m.start() - e), abs(m.end() - s)))
    try:
        told = (int(m.group("y")), month_number(m.group("m")))
    except (KeyError, ValueError):
        return None
    if doc.release_date and told > (doc.release_date.year, doc.release_date.month):
        return None     # ('the hearing is scheduled for March 2010'): a step to come
    return told


def _same_person(a: str | None, b: str | None) -> bool:
    """'Dale R. Hutchins' and 'Dale Hutchins' are one person (middle initials aside)."""
    if _norm(a) == _norm(b):
        return True
    wa = [w for w in _norm(a).split() if len(w) > 1]
    wb = [w for w in _norm(b).split() if len(w) > 1]
    if wa and wb and min(len(wa), len(wb)) == 1 and wa[-1] == wb[-1]:
        return True     # 'Mr R.J. Whitfield' and, below, 'Mr Whitfield'
    return len(wa) >= 2 and wa == wb


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", name)).upper()


def _same_venue(a: str, b: str) -> bool:
    """'ICSID Tribunal' and 'International Centre for Settlement of Investment Disputes' are one venue."""
    if _norm(a) == _norm(b):
        return True
    plain_a, plain_b = (re.sub(r"\s*\([^)]*\)", "", v) for v in (a, b))
    if (plain_a, plain_b) != (a, b) and _norm(plain_a) == _norm(plain_b):
        return True     # ('the Svea Court of Appeal (Svea hovrätt)': the court with its name in its own language)
    for short, full in ((a, b), (b, a)):
        acronym = next((w for w in short.split() if len(w) >= 3 and w.isupper()), None)
        if acronym and acronym.replace(".", "") == _initials(full):
            return True
    return False


def _deal_document(ev: _Event, text: str) -> str | None:
    """The kind of document an agreement event reports ('offtake', 'memorandum of understanding'), if it says."""
    if ev.event_type != "agreement":
        return None
    m = _DEAL_DOCUMENT.search(text, ev.start, ev.end)
    return (m.group("kind") or m.group("mou")).lower() if m else None


_REFERS_BACK = re.compile(r"\s*The\s+(?:(?-i:[A-Z][\w-]*)\s+){0,3}?(?:[Aa]greement|[Dd]eed|[Cc]ontract)\s+(?:was|were|has\s+been)\s+"
                          r"(?:signed|executed|approved|entered\s+into|ratified|concluded)\b")


def _merge(events: list[_Event], text: str) -> list[_Event]:
    merged: list[_Event] = []
    documents: dict[int, str | None] = {}       # id(event) -> the document it names
    for ev in events:
        # ('signed a doré offtake agreement with Auric' and, in another paragraph, 'signed a memorandum of
        # understanding' with the state: two agreements)
        kind = documents[id(ev)] = _deal_document(ev, text)
        target = next((m for m in merged if _compatible(m, ev) and not (
            kind and documents[id(m)] and documents[id(m)] != kind)), None)
        if target is None and ev.event_type == "agreement" and _REFERS_BACK.match(text, ev.start):
            # 'The Farm-in Agreement was signed on 29 March 2019.', 'The agreement was approved by the community's
            # general assembly on June 3, 2018': the agreement just told, again
            target = next((m for m in reversed(merged) if m.event_type == "agreement"), None)
        if target is None:
            merged.append(ev)
            continue
        for f in ("event_date", "counterparty", "venue", "amount", "currency", "role", "jurisdiction", "adversary"):
            if getattr(target, f) is None and getattr(ev, f) is not None:
                setattr(target, f, getattr(ev, f))
        if target.venue and ev.venue and len(ev.venue) > len(target.venue) and _same_venue(target.venue, ev.venue):
            target.venue = ev.venue     # the full name over its acronym
        if target.person_name and ev.person_name and len(ev.person_name) > len(target.person_name):
            target.person_name = ev.person_name     # 'Dale R. Hutchins' over 'Dale Hutchins
    return merged


def _one_line(text: str | None) -> str | None:
    """A name as one line: 'Douglas\nR. Finlayson' hard-wrapped in the release is 'Douglas R. Finlayson'."""
    return " ".join(text.split()) if text else text


def _to_fact(ev: _Event, doc) -> EventFact:
    return EventFact(
        event_type=ev.event_type, event_date=ev.event_date,
        counterparty=None if ev.counterparty and SELF_REFERENCE.fullmatch(ev.counterparty) else _one_line(ev.counterparty),
        venue=_one_line(ev.venue),
        amount=ev.amount, currency=ev.currency, person_name=_one_line(ev.person_name), role=_one_line(ev.role),
        evidence=doc.evidence(ev.start, ev.end, f"events.{ev.event_type}"),
    )
