"""Events: the other party, venue, amount and role read from the words a release uses for them.

Each test states one behaviour of the events extractor on a small release built around one or two sentences.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract.test_extractors import release
from pressroom import parser

# these tests hold the rules to what they must read; the learned check on their output (vetting) has its own tests
parse_release = partial(parser.parse_release, vet=False)


def test_the_issuers_subsidiary_signing_a_deal_is_not_its_other_party():
    # the subsidiary signs for the issuer: the party across the table is the government (or the vendor) named after it
    events = parse_release(release(
        "On 10 June 2012 Niagadina SA, the Company's Malian subsidiary, and the Government of the Republic of Mali "
        "signed an amendment to the mining convention for the Niagadina exploitation permit.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("agreement", date(2012, 6, 10), "Republic of Mali")]
    events = parse_release(release(
        "On 12 June 2012, its Ecuadorian subsidiary, Minera Kestrel S.A., signed a five-year community development "
        "agreement with Wren Holdings Limited.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("agreement", "Wren Holdings Limited")]


def test_a_legal_steps_other_side_is_the_party_the_release_defined_by_a_short_name():
    # a private adversary is named in full once ('Queen Lode Minerals Pty Ltd ("Queen Lode")') and then by its short
    # name; a cue ('against', 'in favour of', 'X filed', "X's application") makes it the other side, in full, and the
    # steps that do not name it are against the same party
    events = parse_release(release(
        "Kestrel has been in dispute with its former joint venture partner, Queen Lode Minerals Pty Ltd (\"Queen "
        "Lode\"), since 2010. On 11 June 2012 the Supreme Court of Western Australia entered judgment for the Company "
        "against Queen Lode in the sum of A$4,827,880.\n\nYesterday Queen Lode filed a notice of appeal to the Full "
        "Court of the Supreme Court of Western Australia.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("court_judgment", "Queen Lode Minerals Pty Ltd"), ("legal_challenge", "Queen Lode Minerals Pty Ltd")]
    # (the issuer's own subsidiary, though defined by a short name, is never the other side)
    events = parse_release(release(
        "Its subsidiary, Wren Mining Pty Ltd (\"Wren\"), operates the Wren mine. On 11 June 2012 Wren commenced an "
        "action in the Supreme Court of Western Australia.")).events
    assert [e.counterparty for e in events] == [None]


def test_a_defined_party_named_by_a_cue_is_the_other_side_over_the_state_it_belongs_to():
    # a state company ('Société Aurifère du Maniema SARL ("SAMA")', a legal form after a name with 'du') is the
    # party the steps name by their cues ('SAMA applied', 'owed to SAMA'), though the sentence names its state too
    events = parse_release(release(
        "On 2 December 2011 an arbitral tribunal issued its award against Société Aurifère du Maniema SARL "
        "(\"SAMA\").\n\nOn 14 April 2012 SAMA applied to the Commercial Court to set aside the order, contending "
        "that it is a separate entity of the Democratic Republic of the Congo.\n\nOn 6 May 2012 the Company obtained "
        "from the Commercial Court an interim third party debt order attaching US$4.6 million owed to SAMA by a "
        "London metals trader.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("arbitration_award", "Société Aurifère du Maniema SARL"),
        ("legal_challenge", "Société Aurifère du Maniema SARL"),
        ("enforcement_action", "Société Aurifère du Maniema SARL")]


def test_the_state_a_step_is_against_by_its_short_name_and_the_full_name_the_release_defines():
    # 'the United Mexican States ("Mexico")': every later 'Mexico' is that state, by its full name
    events = parse_release(release(
        "On June 1, 2012, the Ontario Superior Court of Justice dismissed the application brought by the United "
        "Mexican States (\"Mexico\") to set aside the award.\n\nOn June 8, 2012, the Company filed a petition in the "
        "U.S. District Court for the District of Columbia to confirm and enforce the award against Mexico.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("court_judgment", "United Mexican States"), ("legal_proceeding", "United Mexican States")]
    # states that are no mining country of old are states all the same ('North Macedonia', 'El Salvador')
    events = parse_release(release(
        "On June 12, 2012, the U.S. District Court for the District of Columbia entered judgment recognizing the "
        "award and ordering North Macedonia to pay $251,337,604.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("court_judgment", "North Macedonia")]


def test_the_states_of_a_treaty_are_no_party_to_the_award_made_under_it():
    # 'the bilateral investment treaty between the Kingdom of the Netherlands and the Republic of Paraguay': the
    # treaty's title names the home state of the investor; the party is the state the award orders to pay
    events = parse_release(release(
        "On June 1, 2012, the tribunal constituted under the ICSID Convention and the bilateral investment treaty "
        "between the Kingdom of the Netherlands and the Republic of Paraguay issued the Award, ordering the Republic "
        "of Paraguay to pay U.S. $153.2 million in compensation.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("arbitration_award", "Republic of Paraguay")]


def test_an_executive_change_on_the_effective_date_takes_the_day_the_release_defines_by_that_term():
    # 'The Arrangement became effective on June 1, 2012 (the "Effective Date")' ... 'effective as of the Effective
    # Date': the change is dated by the term's day, not left undated
    events = parse_release(release(
        "The Arrangement became effective on June 1, 2012 (the \"Effective Date\").\n\nMs. Chantal Rivard-Hébert, "
        "formerly President of Lac Dasserat, has joined Kestrel as Vice President, Project Development, effective as "
        "of the Effective Date.\n\nMillicent A. Rourke, who served as Chief Restructuring Officer throughout the "
        "case, stepped down on the Effective Date.")).events
    assert [(e.event_type, e.person_name, e.event_date) for e in events] == [
        ("executive_appointment", "Chantal Rivard-Hébert", date(2012, 6, 1)),
        ("executive_departure", "Millicent A. Rourke", date(2012, 6, 1))]


def test_a_role_left_is_read_after_the_and_an_executive_directors_seat():
    # 'has resigned as the company secretary of the Company', 'has resigned as an executive Director and the chief
    # executive officer': the officer's role (a board seat is none), though written after 'the'
    for sentence, role in (
            ("The Board announces that Mr. Chan Kwok Wai has resigned as the company secretary of the Company with "
             "effect from 1 June 2012 to take up a position with an accounting firm.", "company secretary"),
            ("The Board announces that Mr. Sit Hon Chuen has resigned as an executive Director and the chief executive "
             "officer of the Company with effect from 30 June 2012.", "chief executive officer"),
            ("Mr. Guan Zhiyuan has tendered his resignation as the chief executive officer of the Company with effect "
             "from 14 June 2012 due to his other business commitments.", "chief executive officer")):
        events = parse_release(release(sentence)).events
        assert [(e.event_type, e.role) for e in events] == [("executive_departure", role)], sentence


def test_a_role_held_in_apposition_runs_over_and_and_since():
    # 'Dale R. Fenwick, Vice President and Chief Financial Officer, will retire', 'Mr Warren Oakes, Chief Financial
    # Officer since 1996, resigned', 'Walter E. Lindqvist, who has been President and Chief Executive Officer since
    # 1989, will retire': the role the person leaves
    for sentence, role in (
            ("The Company also announced that Dale R. Fenwick, Vice President and Chief Financial Officer, will retire "
             "on June 30, 2012 after nine years with Kestrel.", "Vice President and Chief Financial Officer"),
            ("Mr Warren Oakes, Chief Financial Officer since 1996, resigned with effect from 30 April 2012.",
             "Chief Financial Officer"),
            ("Walter E. Lindqvist, 64, who has been President and Chief Executive Officer since 1989, will retire "
             "effective June 30, 2012.", "President and Chief Executive Officer")):
        events = parse_release(release(sentence)).events
        assert [(e.event_type, e.role) for e in events] == [("executive_departure", role)], sentence
    # (and a chair who has held the role and retires at the annual general meeting leaves it: no re-election)
    events = parse_release(release(
        "Sir Geoffrey Ambrose, Chairman since the Company's admission to AIM in 1997, will retire at the conclusion of "
        "the Annual General Meeting on 26 June 2012.")).events
    assert [(e.event_type, e.person_name, e.role) for e in events] == [
        ("executive_departure", "Geoffrey Ambrose", "Chairman")]


def test_a_seizure_is_for_what_the_seized_goods_are_worth_and_a_claim_for_what_was_claimed():
    # 'seized 96 kilograms of gold doré, with an estimated value of $7.3 million': the expropriation's sum;
    # 'in which it claimed US$214 million', 'appealed against assessments totalling TZS 412.6 billion': the stake
    events = parse_release(release(
        "On June 11, 2012, gendarmes acting on the instructions of the Ministry of Energy, Mines and Quarries seized "
        "96 kilograms of gold doré, with an estimated value of $7.3 million, from the gold room at Kari.")).events
    assert [(e.event_type, e.amount) for e in events] == [("expropriation", 7_300_000)]
    events = parse_release(release(
        "On June 12, 2012, the Secretary-General of the International Centre for Settlement of Investment Disputes "
        "registered the Company's request for arbitration, in which it claimed US$214 million in damages.")).events
    assert [(e.event_type, e.amount, e.currency) for e in events] == [("legal_proceeding", 214_000_000, "USD")]


def test_a_ruling_of_the_court_takes_the_full_name_of_the_court_the_release_named_before():
    # 'the Court' (or 'the same Court') refers back to the court the release last named: the ruling's venue is that
    # court by its full name, not left empty
    events = parse_release(release(
        "On 2 March 2012 Larkspur Drilling Pty Ltd commenced an action against the Company in the Supreme Court of "
        "Tasmania.\n\nOn 9 May 2012 the Court dismissed the claim in its entirety.\n\nOn 16 May 2012 Larkspur "
        "lodged an appeal with the Full Court of the Supreme Court of Tasmania.\n\nOn 11 June 2012 the same Court "
        "dismissed the appeal.")).events
    assert [(e.event_type, e.venue) for e in events if e.event_type == "court_judgment"] == [
        ("court_judgment", "Supreme Court of Tasmania"),
        ("court_judgment", "Full Court of the Supreme Court of Tasmania")]


def test_an_arbitral_institution_named_by_its_acronym_is_the_venue_by_its_full_name():
    # 'with ICSID', 'the LCIA Court appointed its chairman': the institution the case is before, by its full name,
    # though the release never spells it out
    events = parse_release(release(
        "On 4 May 2012 the Company filed a request for arbitration against the Republic of Moldavia with ICSID, "
        "claiming damages of US$84 million.\n\nIn its separate claim against Bellweather Holdings AG, the "
        "three-member tribunal was constituted on 12 June 2012, when the LCIA Court appointed its chairman.")).events
    assert [(e.event_type, e.venue) for e in events] == [
        ("legal_proceeding", "International Centre for Settlement of Investment Disputes"),
        ("legal_proceeding", "London Court of International Arbitration")]


def test_the_steps_of_an_arbitration_are_before_the_one_institution_the_release_names():
    # the release names the institution once ('administered by the Permanent Court of Arbitration'); the award and the
    # filing told without it are before that institution, a court's ruling on the award is not
    events = parse_release(release(
        "The Company commenced arbitration against the Republic of Moldavia in March 2010 under the UNCITRAL "
        "Arbitration Rules, administered by the Permanent Court of Arbitration.\n\nOn 6 June 2012 the arbitral "
        "tribunal issued its final award, ordering Moldavia to pay the Company US$51.3 million in damages.\n\nOn 12 "
        "June 2012 Moldavia applied to the Ontario Superior Court of Justice to set aside the award.")).events
    assert [(e.event_type, e.venue) for e in events] == [
        ("legal_proceeding", "Permanent Court of Arbitration"),
        ("arbitration_award", "Permanent Court of Arbitration"),
        ("legal_challenge", "Ontario Superior Court of Justice")]


def test_a_stream_or_forward_sale_agreement_is_a_financing_not_an_event():
    # 'a precious metals purchase agreement' (a stream) and 'a forward gold sale agreement' (gold sold ahead for cash
    # now) are financings: no agreement event; a joint venture agreement stays one
    events = parse_release(release(
        "On 4 June 2012, the Company entered into and closed a precious metals purchase agreement with Larchmont "
        "Precious Metals Corp. under which Larchmont will purchase 6% of the refined gold produced at the Wren "
        "mine.\n\nOn 8 June 2012, the Company entered into a forward gold sale agreement with Albula Metals Trading "
        "AG, under which it received an advance payment of $2.5 million.\n\nOn 11 June 2012, the Company entered "
        "into a joint venture agreement with Tamarack Minerals Inc. covering the Finch property.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("agreement", date(2012, 6, 11), "Tamarack Minerals Inc.")]


def test_agreements_about_debt_notes_or_a_facility_are_financings_not_events():
    # a note deed whose note is named far after 'deed', an amending agreement whose facility comes late in the
    # sentence, and agreements to settle indebtedness (a shares-for-debt settlement)
    for sentence in (
            "Kestrel has executed a convertible note deed with Pilbara Opportunities Fund for the issue of a $1.5 "
            "million unsecured convertible note.",
            "Kestrel has also entered into an amending agreement with Caisse Laurentienne de Crédit Minier (the "
            "\"Lender\") in respect of its $25 million senior secured revolving credit facility (the \"Facility\").",
            "Kestrel has entered into agreements to settle CDN$186,450 of indebtedness owed to three arm's length "
            "creditors and to Mr. Gordon Feist, the Company's President."):
        assert parse_release(release(sentence)).events == ()


def test_a_change_the_next_sentence_says_takes_effect_today_is_dated_the_day_of_the_release():
    # "Mr. Fontwell's appointment ... takes effect today": the day the release is dated, as a date would be
    events = parse_release(release(
        "Gerald Fontwell, who has served as non-executive Chairman of the Board since 2004, has agreed to become "
        "Executive Chairman and will lead the Company while the Board searches for a new Chief Executive Officer. "
        "Mr. Fontwell's appointment as Executive Chairman takes effect today.")).events
    assert [(e.event_type, e.person_name, e.event_date) for e in events] == [
        ("executive_appointment", "Gerald Fontwell", date(2012, 6, 14))]


def test_a_change_from_the_close_of_the_annual_meeting_is_dated_the_day_the_meeting_was_held():
    # 'it held its Annual General Meeting of Shareholders ("AGMS") ... on 13 June 2012' and a change 'with effect from
    # the close of the AGMS': the day of the meeting
    events = parse_release(release(
        "The Company held its Annual General Meeting of Shareholders (\"AGMS\") on Wednesday, 13 June 2012 in "
        "Jakarta.\n\nThe AGMS accepted the resignation of Mr. Darren Holloway as President Director, with effect from "
        "the close of the AGMS, and appointed Mr. Budi Santosa Wirawan as President Director with effect from the "
        "same time.")).events
    assert [(e.event_type, e.person_name, e.event_date) for e in events] == [
        ("executive_appointment", "Budi Santosa Wirawan", date(2012, 6, 13)),
        ("executive_departure", "Darren Holloway", date(2012, 6, 13))]


def test_officers_listed_with_their_roles_who_have_resigned_each_leave_their_role():
    # 'X, President and Chief Executive Officer, and Y, Chief Financial Officer, have resigned': one verb for every
    # officer listed, each leaving the role named beside them
    events = parse_release(release(
        "In connection with the receivership, Douglas R. Harlow, President and Chief Executive Officer, and Priya "
        "Ramsay, Chief Financial Officer, have resigned, each effective June 4, 2012.")).events
    assert sorted((e.event_type, e.person_name, e.role, e.event_date) for e in events) == [
        ("executive_departure", "Douglas R. Harlow", "President and Chief Executive Officer", date(2012, 6, 4)),
        ("executive_departure", "Priya Ramsay", "Chief Financial Officer", date(2012, 6, 4))]


def test_a_departure_is_dated_by_the_day_the_officer_remains_in_the_role_until():
    # '... is retiring and will remain with the Company until September 30, 2012': the last day in the role is the
    # day of the departure, not left undated
    events = parse_release(release(
        "Ms. Andrea Kowalski will join Kestrel as Chief Financial Officer on October 1, 2012, succeeding Mr. Lyle "
        "Brandt, who has served as CFO since 2004. Mr. Brandt is retiring and will remain with the Company until "
        "September 30, 2012.")).events
    assert [(e.event_type, e.person_name, e.event_date) for e in events] == [
        ("executive_appointment", "Andrea Kowalski", date(2012, 10, 1)),
        ("executive_departure", "Lyle Brandt", date(2012, 9, 30))]


def test_an_officer_who_has_decided_to_leave_the_company_departs():
    # 'has decided to leave Kestrel' is a departure like 'has decided to resign'
    events = parse_release(release(
        "Per Ekholm, Chief Financial Officer, has decided to leave Kestrel and will remain in his position until "
        "31 January 2013.")).events
    assert [(e.event_type, e.person_name, e.role, e.event_date) for e in events] == [
        ("executive_departure", "Per Ekholm", "Chief Financial Officer", date(2013, 1, 31))]


def test_a_ruling_on_a_ministrys_act_is_against_that_ministry():
    # 'an injunction restraining the Ministry of Lands and Mines': no company or state is named as the other side;
    # the ministry whose act the court rules on is
    events = parse_release(release(
        "On 11 June 2012 the High Court of Justice in Accra granted an interlocutory injunction restraining the "
        "Ministry of Lands and Mines from re-allocating the Wren lease.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("court_judgment", "Ministry of Lands and Mines")]


def test_a_company_named_in_full_that_filed_or_brought_the_claim_is_the_other_side():
    # an organisation named once by its legal form, never defined by a short name, that files or brings the claim
    # ('X Limited, the former mining contractor ..., filed', 'the action that X Ltd. brought against the Company')
    events = parse_release(release(
        "On 9 February 2012 Tessaro Earthmovers Limited, the former mining contractor at the Wren mine, filed a "
        "request for arbitration with the International Chamber of Commerce claiming US$8.4 million for unpaid "
        "invoices.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("legal_proceeding", "Tessaro Earthmovers Limited")]
    events = parse_release(release(
        "On June 12, 2012, the Ontario Superior Court of Justice dismissed the action that Larkspur Drilling Ltd. "
        "brought against the Company in 2010 over the termination of a drilling contract.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("court_judgment", "Larkspur Drilling Ltd.")]
    # (the issuer's own subsidiary, named by the issuer's short name, is no other side)
    events = parse_release(release(
        "Kestrel's wholly-owned subsidiary Wren Mining LLC holds the Wren licence. On 2 June 2012 Wren Mining LLC "
        "filed a claim against the State Agency for Geology with the Inter-District Court of Bishkek.")).events
    assert "Wren Mining LLC" not in [e.counterparty for e in events]


def test_the_party_a_court_order_is_made_on_the_application_of_is_the_other_side():
    # 'on the application of Larch Streaming Corp. ("LSC")': the party that asked for the order, named in full (and
    # not with the end of the sentence before it)
    events = parse_release(release(
        "The Wren mine is subject to proceedings in the Supreme Court of British Columbia. Larch Streaming Corp. "
        "(\"LSC\") holds a stream on the Wren mine.\n\nOn January 18, 2012, the Supreme Court of British Columbia, "
        "on the application of LSC, granted an order appointing Harrow Insolvency Ltd. as receiver and manager of "
        "the assets of the Company's subsidiary.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("court_judgment", "Larch Streaming Corp.")]


def test_the_death_of_an_officer_named_before_the_role_is_a_departure():
    # 'the death of Mr X, managing director of the company, who passed away ... on Sunday, 10 June 2012'
    events = parse_release(release(
        "The board of directors regrets to announce the death of Mr Pieter Johannes Vermaak, managing director of "
        "the company, who passed away suddenly at his home in Potchefstroom on Sunday, 10 June 2012.")).events
    assert [(e.event_type, e.person_name, e.event_date) for e in events] == [
        ("executive_departure", "Pieter Johannes Vermaak", date(2012, 6, 10))]


def test_letters_after_a_name_do_not_hide_who_takes_up_or_acts_in_a_role():
    # 'Neil R. Patterson ACA, Finance Director, will act as Chief Executive', 'Mrs Sunita Ramsden ACIS, ..., will take
    # up the position of Company Secretary': the letters after the name are no part of the sentence's grammar
    events = parse_release(release(
        "Neil R. Patterson ACA, Finance Director, will act as Chief Executive on an interim basis while the Board "
        "considers the position.\n\nMrs Sunita Ramsden ACIS, the Company's Financial Controller, will take up the "
        "position of Company Secretary on 1 October 2012.")).events
    assert [(e.event_type, e.person_name, e.role, e.event_date) for e in events] == [
        ("executive_appointment", "Neil R. Patterson", "Chief Executive", None),
        ("executive_appointment", "Sunita Ramsden", "Company Secretary", date(2012, 10, 1))]


def test_an_officer_who_joined_on_a_weekday_is_appointed_that_day():
    # 'joined Kestrel on Monday as Senior Vice President': the day between the joining and the role is no obstacle,
    # and it dates the appointment (the Monday before the release of Thursday 14 June 2012)
    events = parse_release(release(
        "Javier Ochoa Landa joined Kestrel on Monday as Senior Vice President and Chief Operating Officer.")).events
    assert [(e.event_type, e.person_name, e.event_date) for e in events] == [
        ("executive_appointment", "Javier Ochoa Landa", date(2012, 6, 11))]


def test_an_interim_officer_the_board_has_confirmed_in_the_role_is_appointed_to_it():
    # 'The Board has confirmed Ms. X, who has served as interim Chief Financial Officer since ..., as Chief Financial
    # Officer': appointed to the permanent role; a director confirmed in a role held already changes nothing
    events = parse_release(release(
        "The Board has confirmed Ms. Helene Tardiff, who has served as interim Chief Financial Officer since December "
        "2011, as Vice-President, Finance and Chief Financial Officer, effective August 1, 2012.\n\nThe Board also "
        "confirmed Mr. Gareth Olsen as Chairman.")).events
    assert [(e.event_type, e.person_name, e.event_date) for e in events] == [
        ("executive_appointment", "Helene Tardiff", date(2012, 8, 1))]


def test_a_deal_under_which_another_company_acquires_the_issuer_is_an_agreement_not_an_acquisition():
    # 'an arrangement agreement with Larch Gold Corp. under which Larch will acquire all of the issued and outstanding
    # common shares of Kestrel': the issuer is the one bought; it reports the agreement, it acquires nothing
    events = parse_release(release(
        "Kestrel has entered into a definitive arrangement agreement dated as of June 13, 2012 with Larch Gold Corp. "
        "(\"Larch\") under which Larch will acquire all of the issued and outstanding common shares of Kestrel by way "
        "of a plan of arrangement.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("agreement", date(2012, 6, 13), "Larch Gold Corp.")]
    # (the issuer buying another company is an acquisition still)
    events = parse_release(release(
        "Kestrel has entered into a definitive arrangement agreement dated as of June 13, 2012 with Larch Gold Corp. "
        "(\"Larch\") under which Kestrel will acquire all of the issued and outstanding common shares of Larch by way "
        "of a plan of arrangement.")).events
    assert [e.event_type for e in events] == ["acquisition"]


def test_a_letter_of_intent_to_acquire_is_an_acquisition():
    # 'entered into a non-binding letter of intent dated ... with X to acquire ...': the acquisition the release
    # reports, dated by the letter
    events = parse_release(release(
        "Kestrel has entered into a non-binding letter of intent dated June 11, 2012 (the \"LOI\") with Tamarack "
        "Milling LLC (\"Tamarack\") to acquire a 100% interest in the Finch mill for total consideration of "
        "US$4.75 million.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("acquisition", date(2012, 6, 11))]


def test_what_the_press_is_reporting_the_company_did_is_no_event():
    # 'articles ... in a Lima business daily reporting that the Company "has agreed to sell the Pashpap mine"', which
    # the release denies: what the press says, not a sale
    events = parse_release(release(
        "With respect to the articles published on 12 and 13 June 2012 in a Lima business daily reporting that the "
        "Company \"has agreed to sell the Wren mine and the Finch mill to a Canadian mining group\", the Company "
        "states that these reports are inaccurate.")).events
    assert events == ()


def test_a_motion_filed_with_a_court_is_a_legal_proceeding():
    # 'filed a motion for an initial order under the CCAA with the Superior Court': a filing like a petition
    events = parse_release(release(
        "On June 11, 2012, the Company filed a motion for an initial order under the CCAA with the Superior Court of "
        "Quebec (Commercial Division).")).events
    assert [(e.event_type, e.event_date) for e in events] == [("legal_proceeding", date(2012, 6, 11))]


def test_a_person_a_legal_step_is_against_or_brought_by_is_its_other_side_by_full_name():
    # 'an action ... against Mr. Hammond', 'Mr. Hammond filed a statement of defence': the person, by the full name the
    # release gives him elsewhere
    events = parse_release(release(
        "The Board terminated the employment of Mr. Bryce Hammond, its former Vice President, Exploration, on March "
        "3, 2012.\n\nOn April 8, 2012, Kestrel commenced an action in the Supreme Court of British Columbia against "
        "Mr. Hammond, alleging breach of fiduciary duty.\n\nOn June 9, 2012, Mr. Hammond filed a statement of defence "
        "and counterclaim.")).events
    assert [(e.event_type, e.counterparty) for e in events if e.event_type == "legal_proceeding"] == [
        ("legal_proceeding", "Bryce Hammond"), ("legal_proceeding", "Bryce Hammond")]


def test_an_authority_defined_by_its_acronym_is_the_other_side_of_the_steps_that_name_it():
    # 'the Agencia Nacional de Minería (ANM) declared the caducidad ... filed a recurso de reposición ... of the ANM':
    # the authority by the full name the release gives it, not the country named in passing
    events = parse_release(release(
        "On 25 April 2012 the Agencia Nacional de Tierras Altas (ANTA) declared the forfeiture of the Wren concession "
        "contract.\n\nOn 8 May 2012 the Company filed a recurso de reposición against the resolution before the "
        "Vicepresidencia de Control Minero of the ANTA in Colombia.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("expropriation", "Agencia Nacional de Tierras Altas"),
        ("legal_proceeding", "Agencia Nacional de Tierras Altas")]
    events = parse_release(release(
        "On January 12, 2012, the Ministerio de Comercio e Industrias (\"MICI\") declared the forfeiture of the Wren "
        "concession.\n\nOn January 31, 2012, the Company filed a claim against the MICI resolution before the Supreme "
        "Court of Justice of Panama.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("expropriation", "Ministerio de Comercio e Industrias"),
        ("legal_proceeding", "Ministerio de Comercio e Industrias")]
    # (or by the acronym alone after what it is: "Peru's tax authority, SUNAT")
    events = parse_release(release(
        "On October 3, 2012, the Company filed an appeal with the Tribunal Fiscal against the assessments issued by "
        "Peru's tax authority, SUNAT, in respect of its 2008 income tax.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("legal_proceeding", "SUNAT")]


def test_the_ministry_of_a_state_that_takes_a_licence_is_the_other_side_not_the_state():
    # 'the Ministry of Mines and Energy of the Federal Democratic Republic of Ethiopia issued a letter cancelling the
    # licence': the ministry that acted
    events = parse_release(release(
        "On 4 March 2012 the Ministry of Mines and Water of the Republic of Ruritania issued a letter cancelling the "
        "mining licence held by the Company's subsidiary, Wren Mining Limited.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("expropriation", "Ministry of Mines and Water")]
    # (where a tribunal finds the taking unlawful, the state answers for it)
    events = parse_release(release(
        "The tribunal found that the revocation of the Wren licence by order of the Ministry of Mines and Water of the "
        "Republic of Ruritania dated 14 September 2008 was an unlawful expropriation.")).events
    assert [(e.event_type, e.counterparty) for e in events if e.event_type == "expropriation"] == [
        ("expropriation", "Republic of Ruritania")]


def test_the_sum_an_agreement_is_for_is_its_amount():
    # 'signed a 20-year land use agreement ... for total consideration of MXN 18.0 million', 'a mining services contract
    # ... valued at approximately A$95 million'
    events = parse_release(release(
        "On September 8, 2012, the Company signed a 20-year land use agreement with Finch Holdings S.A. de C.V. "
        "covering 412 hectares around the Wren mine, for total consideration of MXN 18.0 million payable in annual "
        "instalments.")).events
    assert [(e.event_type, e.amount, e.currency) for e in events] == [("agreement", 18_000_000, "MXN")]
    events = parse_release(release(
        "On 12 January 2012 the Company signed a five-year underground mining services contract for the Wren mine with "
        "Finch Underground Pty Ltd, valued at approximately A$95 million.")).events
    assert [(e.event_type, e.amount, e.currency) for e in events] == [("agreement", 95_000_000, "AUD")]


def test_a_deal_told_again_in_the_next_sentence_still_takes_the_sum_given_after_it():
    # the deal announced, then told in detail, then its price: the retelling is the same deal, not another event that
    # ends the search for its sum
    events = parse_release(release(
        "The Company announces that it has agreed to acquire the Wren licences. The Company has entered into a "
        "conditional sale and purchase agreement with Finch Minerals Limited for the acquisition of a 100 per cent "
        "interest in the Wren licences. The agreement was signed on 5 November 2012. The consideration for the "
        "acquisition is US$3.2 million.")).events
    assert [(e.event_type, e.amount) for e in events] == [("acquisition", 3_200_000)]


def test_a_community_the_issuer_deals_with_or_is_sued_by_is_the_other_side_by_its_own_name():
    # 'a land agreement with the Ejido San Rafael de los Órganos', 'a memorandum of understanding with the Kapeshkak
    # Lake First Nation', 'the Ejido San Lorenzo filed a claim': a community named without a legal form
    events = parse_release(release(
        "On August 18, 2012, the Company signed a 20-year temporary occupation agreement with the Ejido San Pedro de "
        "los Álamos covering 1,850 hectares around the Wren mine.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("agreement", "Ejido San Pedro de los Álamos")]
    events = parse_release(release(
        "On January 24, 2012 the Company signed a memorandum of understanding with the Wren Lake First Nation setting "
        "out a framework for consultation and employment.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("agreement", "Wren Lake First Nation")]
    events = parse_release(release(
        "On February 18, 2012, the Ejido Santa Fe filed a claim against the Company's subsidiary, Minera Wren, S.A. de "
        "C.V., before the Tribunal Unitario Agrario, District 5, in Chihuahua.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("legal_proceeding", "Ejido Santa Fe")]


def test_a_deals_party_named_by_the_short_name_the_release_defined_is_its_other_side():
    # 'Rheintal Anlagenbau GmbH ("Rheintal") ... On June 6, 2003, MPC and Rheintal signed a payment agreement': the
    # party by its full name
    events = parse_release(release(
        "The Company's former contractor, Finch Anlagenbau GmbH (\"Finch\"), had claimed EUR 6.2 million.\n\n"
        "On June 6, 2012, the Company and Finch signed a payment agreement for the EUR 4.75 million award "
        "amount.")).events
    assert [(e.event_type, e.counterparty) for e in events if e.event_type == "agreement"] == [
        ("agreement", "Finch Anlagenbau GmbH")]


def test_a_state_signing_with_the_issuers_side_is_the_agreements_other_side():
    # 'its Guinean subsidiary, Société des Mines de Kignéko SA, and the Government of the Republic of Guinea ... signed
    # a mining convention': the state, not the subsidiary
    events = parse_release(release(
        "On July 11, 2012, its Ruritanian subsidiary, Société des Mines de Wren SA (\"SMW\"), and the Government of "
        "the Republic of Ruritania, represented by the Minister of Mines, signed a mining convention governing the "
        "Wren gold project.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("agreement", "Republic of Ruritania")]


def test_a_deal_the_company_has_today_signed_is_dated_by_the_release():
    # 'the Company has today signed a sale agreement with Eureka Goldfields Pty Ltd for the sale of the Wirraminna
    # gold mine': the day of the release
    events = parse_release(release(
        "The Directors are pleased to advise that the Company has today signed a sale agreement with Finch Goldfields "
        "Pty Ltd for the sale of the Wren gold mine.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("disposition", date(2012, 6, 14), "Finch Goldfields Pty Ltd")]


def test_a_minister_who_takes_a_licence_is_the_takings_other_side_but_not_where_a_tribunal_finds_it_unlawful():
    # 'By ministerial order dated March 9, 2004, the Minister of Mines and Industry terminated the Mining Convention':
    # the minister who acted
    events = parse_release(release(
        "By ministerial order dated March 9, 2011, the Minister of Mines and Industry terminated the Mining Convention "
        "and withdrew the Wren exploitation permit.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("expropriation", "Minister of Mines and Industry")]
    # (the tribunal's finding holds the state, not its ministry, to the act: 'The Tribunal found that the cancellation
    # by the Ministry of Environment and Urbanisation ... was an unlawful expropriation')
    events = parse_release(release(
        "The Tribunal found that the cancellation by the Ministry of Environment of the Wren environmental permit on "
        "3 May 2009 was an unlawful expropriation.")).events
    assert [(e.event_type, e.counterparty) for e in events if e.event_type == "expropriation"] == [
        ("expropriation", None)]


def test_a_deal_told_without_its_day_is_not_given_a_party_by_its_short_name():
    # a highlight ('- Amended shareholders' agreement signed with MPN') mentions the deal the release tells with its
    # day further on: no event of its own
    events = parse_release(release(
        "- Amended shareholders' agreement signed with WMN\n\nThe Company's partner, Wren Minera Norte S.A. de C.V. "
        "(\"WMN\"), holds the remaining 49% of the joint venture.")).events
    assert [(e.event_type, e.counterparty) for e in events] == []


def test_a_step_told_by_its_month_alone_is_a_step_of_its_own():
    # 'The Company served a notice of dispute on the Government in March 2011': a step of that month, apart from the
    # request for arbitration filed later (though undated and naming no party or venue), and kept as an event
    events = parse_release(release(
        "On 10 June 2012 the Company filed its request for arbitration against the Republic of Azuria with the "
        "International Centre for Settlement of Investment Disputes.\n\nThe Company served a notice of dispute on the "
        "Government in March 2011.")).events
    assert [(e.event_type, e.event_date) for e in events] == [
        ("legal_proceeding", date(2012, 6, 10)), ("legal_proceeding", None)]
    events = parse_release(release(
        "Wren Mining commenced the arbitration in March 2010, claiming US$19.8 million for defects in the "
        "plant.")).events
    assert [(e.event_type, e.event_date, e.amount) for e in events] == [("legal_proceeding", None, 19800000.0)]


def test_an_officer_a_board_resolution_designates_to_a_role_is_appointed_to_it():
    # a board's resolutions listed ('To designate CPC Gladys Ruth Achata Llerena, currently Chief Accountant, as Acting
    # Administration and Finance Manager'): 'designate' names a change as 'appoint' does
    events = parse_release(release(
        "4. To designate CPC Maria Elena Quispe Rojas, currently Chief Accountant (Contador General), as Acting "
        "Administration and Finance Manager, effective 16 March 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name, e.role) for e in events] == [
        ("executive_appointment", date(2012, 3, 16), "Maria Elena Quispe Rojas",
         "Acting Administration and Finance Manager")]


def test_a_resignation_told_after_the_appointment_it_led_to_takes_neither_its_day_nor_the_day_it_was_announced():
    # 'Mr X was appointed Company Secretary on 3 May 2017, following the resignation of Ms Alison Tran': the day is
    # the appointment's; '..., following the resignation of Ms Y as Chief Financial Officer, announced on 3 June 2014':
    # the day the resignation was announced, not the day it took effect
    events = parse_release(release(
        "Mr Brendan Walsh was appointed Company Secretary on 3 May 2012, following the resignation of Ms Alison "
        "Tran.")).events
    assert [(e.event_type, e.event_date, e.person_name) for e in events] == [
        ("executive_appointment", date(2012, 5, 3), "Brendan Walsh"), ("executive_departure", None, "Alison Tran")]
    events = parse_release(release(
        "Mr Andrew Tsakalos commenced as Chief Financial Officer on Monday, following the resignation of Ms Leonie "
        "Hale as Chief Financial Officer, announced on 3 June 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name) for e in events if e.event_type == "executive_departure"] == [
        ("executive_departure", None, "Leonie Hale")]


def test_an_officer_appointed_a_director_and_the_chief_executive_is_appointed_to_the_officers_role():
    # 'Mr. Chiang Hon Tat has been appointed as an executive Director and the chief executive officer': the seat on
    # the board comes with the role, which is the change
    events = parse_release(release(
        "Mr. Chiang Wai Ming has been appointed as an executive Director and the chief executive officer of the "
        "Company with effect from 22 March 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name, e.role) for e in events] == [
        ("executive_appointment", date(2012, 3, 22), "Chiang Wai Ming", "chief executive officer")]


def test_a_deal_with_the_state_that_fixes_its_royalty_is_an_agreement_not_a_financing():
    # a royalty the state is paid is a term of the concession ('a supplemental agreement with the Ministry of Minerals
    # under which ... the Government's royalty is fixed at 7%'), and so is a royalty dispute a memorandum settles
    events = parse_release(release(
        "On 22 May 2012, Wren Mining Company Limited, a 70%-owned subsidiary of the Company, entered into a "
        "supplemental agreement with the Ministry of Minerals of the Republic of Azuria under which the term of the "
        "Wren concession is extended to 31 December 2036 and the Government's royalty is fixed at 7% of gold "
        "sales.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("agreement", date(2012, 5, 22))]
    events = parse_release(release(
        "On 9 May 2012 WMSA and the Ministry of Energy and Mines signed a memorandum of understanding under which the "
        "royalty dispute will be referred to an independent expert.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("agreement", date(2012, 5, 9))]


def test_a_taking_a_tribunal_finds_unlawful_is_against_the_state_the_releases_steps_name():
    # 'The Tribunal found that the cancellation of the concession by the Ministry ... was an unlawful expropriation':
    # the state answers for its ministry, and it is the state the release's steps are against
    events = parse_release(release(
        "On 8 June 2012 the arbitral tribunal issued its award in the Company's claim against the Republic of Azuria, "
        "ordering Azuria to pay US$40 million.\n\nThe Tribunal found that the cancellation of the Wren concession by "
        "the Ministry of Environment on 3 May 2009 was an unlawful expropriation.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("arbitration_award", "Republic of Azuria"), ("expropriation", "Republic of Azuria")]


def test_the_party_that_brought_a_claim_against_the_issuer_is_its_other_side():
    # 'the lawsuit brought by the Yeniköy Environment Association' (an association, no company by its legal form),
    # 'Davao Ridge Earthworks Corporation ("Davao Ridge"), MRC's former open-pit mining contractor, filed a complaint',
    # 'Delbert Mowry filed a putative class action complaint': the one who brought it; the side that appeals the ruling
    # on its claim is the same
    events = parse_release(release(
        "On 7 December 2011 the Izmir 2nd Administrative Court dismissed the lawsuit brought by the Finch Valley "
        "Environment Association seeking annulment of the permit.\n\nThe Association has since lodged an appeal with "
        "the Council of State.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("court_judgment", "Finch Valley Environment Association"),
        ("legal_challenge", "Finch Valley Environment Association")]
    events = parse_release(release(
        "On 29 February 2012, Davao Ridge Earthworks Corporation (\"Davao Ridge\"), the Company's former open-pit "
        "mining contractor, filed a complaint against the Company with the Regional Trial Court of Nabunturan.\n\n"
        "On April 11, 2012, Delbert Mowry filed a putative class action complaint in the U.S. District Court for the "
        "District of Nevada against the Company.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("legal_proceeding", "Davao Ridge Earthworks Corporation"), ("legal_proceeding", "Delbert Mowry")]
    # (the issuer's subsidiary that files is its own side: 'Wren Mining filed an application')
    events = parse_release(release(
        "On 15 April 2012, Wren Mining filed an application in the High Court of Sierra Leone for judicial "
        "review.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [("legal_proceeding", None)]


def test_a_deal_told_by_its_month_without_its_day_is_news():
    # 'In January, Chinobampo completed the acquisition of ...', 'Earlier this week the Company completed the sale of
    # ...': the deal was done that month, though the release gives no day
    events = parse_release(release(
        "In January, the Company completed the acquisition of the 30% interest in the Wren project that it did not "
        "already own from Minera Finch, S.A. de C.V. for $4.5 million in cash.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("acquisition", None, "Minera Finch, S.A. de C.V.")]
    events = parse_release(release(
        "Earlier this week the Company completed the sale of its non-core Wren prospecting licence to Finch "
        "Prospecting Syndicate Pty Ltd for A$60,000 in cash.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("disposition", None, "Finch Prospecting Syndicate Pty Ltd")]


def test_the_deal_document_a_reported_sale_was_made_under_is_no_agreement_of_its_own():
    # 'The transfer was made under the transfer agreement signed on 21 August 2017', 'Under the purchase agreement
    # signed on July 22, 2008, Hassayampa paid ...': the document of the deal just reported
    events = parse_release(release(
        "On 2 June 2012 the Company completed the sale of its Wren concessions to Minera Finch S.A.C. for US$3.5 "
        "million.\n\nThe transfer was made under the transfer agreement signed on 21 April 2012, once the Ministry "
        "had approved it.")).events
    assert [e.event_type for e in events] == ["disposition"]


def test_the_appointment_of_an_officer_named_with_the_firm_or_the_board_they_join():
    # 'the appointment of Mr. Réjean Bouffard, CA, of Bouffard Conseil inc. as Chief Restructuring Officer' (a firm with
    # its legal form in lower case), 'the appointment of Mr Jacobus Petrus Louw to the board as operations director'
    events = parse_release(release(
        "The Court also approved the appointment of Mr. Jean Tremblay, CA, of Tremblay Conseil inc. as Chief "
        "Restructuring Officer of the Company, effective June 1, 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name, e.role) for e in events
            if e.event_type.startswith("executive")] == [
        ("executive_appointment", date(2012, 6, 1), "Jean Tremblay", "Chief Restructuring Officer")]
    events = parse_release(release(
        "The board is pleased to announce the appointment of Mr Jacobus Petrus Venter to the board as operations "
        "director with effect from 1 June 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name) for e in events] == [
        ("executive_appointment", date(2012, 6, 1), "Jacobus Petrus Venter")]


def test_an_officer_who_has_given_notice_of_resignation_departs():
    # 'Mr Nigel J. Farrow has given notice of his resignation as Company Secretary with effect from 30 September 2004'
    events = parse_release(release(
        "Mr Nigel J. Barrow has given notice of his resignation as Company Secretary with effect from 30 June "
        "2012.")).events
    assert [(e.event_type, e.event_date, e.person_name, e.role) for e in events] == [
        ("executive_departure", date(2012, 6, 30), "Nigel J. Barrow", "Company Secretary")]


def test_an_officer_of_the_issuer_who_becomes_its_chair_leaves_the_office_held():
    # 'Mr. Harold Voss, Kapikik's President and Chief Executive Officer, will become Executive Chairman': he leaves the
    # office for the chair; (an officer who becomes another officer is promoted: no departure told)
    events = parse_release(release(
        "Upon completion of the transaction, Mr. Harold Voss, the Company's President and Chief Executive Officer, "
        "will become Executive Chairman.")).events
    assert [(e.event_type, e.person_name, e.role) for e in events] == [
        ("executive_appointment", "Harold Voss", "Executive Chairman"),
        ("executive_departure", "Harold Voss", "President and Chief Executive Officer")]
    events = parse_release(release(
        "Anjali Rao, the Company's Vice President, Finance, will become Chief Financial Officer on July 1, "
        "2012.")).events
    assert [(e.event_type, e.person_name) for e in events] == [("executive_appointment", "Anjali Rao")]


def test_an_executive_chair_who_will_become_non_executive_chair_leaves_the_executive_role():
    # 'Walter Grissom, who founded the Company in 1996 and has served as Executive Chairman since 2012, will become
    # non-executive Chairman of the Board effective July 1, 2017'
    events = parse_release(release(
        "The Company also announced that Walter Grissom, who founded the Company in 1996 and has served as Executive "
        "Chairman since 2008, will become non-executive Chairman of the Board effective July 1, 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name, e.role) for e in events] == [
        ("executive_departure", date(2012, 7, 1), "Walter Grissom", "Executive Chairman")]


def test_an_officer_named_after_the_title_held_is_appointed_to_the_role_after_as():
    # 'The Board appointed the Chief Engineer, Mr. Sergey Viktorovich Pak, as acting Chief Operating Officer'
    events = parse_release(release(
        "The Board appointed the Chief Engineer, Mr. Sergey Viktorovich Ivanov, as acting Chief Operating Officer "
        "from today.")).events
    assert [(e.event_type, e.event_date, e.person_name, e.role) for e in events] == [
        ("executive_appointment", date(2012, 6, 14), "Sergey Viktorovich Ivanov", "acting Chief Operating Officer")]


def test_an_officer_of_the_firm_the_board_retained_is_appointed():
    # 'The Board has retained Carrick Hollow Advisors LLC, and Millard Peck of that firm has been appointed Chief
    # Restructuring Officer effective October 7, 2002'
    events = parse_release(release(
        "The Board has retained Finch Hollow Advisors LLC, and Millard Peck of that firm has been appointed Chief "
        "Restructuring Officer effective June 7, 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name, e.role) for e in events] == [
        ("executive_appointment", date(2012, 6, 7), "Millard Peck", "Chief Restructuring Officer")]


def test_an_order_applied_for_and_granted_is_an_application_and_a_ruling_of_the_same_day():
    # 'On December 4, 2015, Kapiskau ... applied for and were granted an initial order ... by the Ontario Superior
    # Court of Justice (Commercial List)': the application, and the order granted, both that day
    events = parse_release(release(
        "On June 4, 2012, the Company and its wholly-owned subsidiary applied for and were granted an initial order by "
        "the Ontario Superior Court of Justice (Commercial List) under the CCAA.")).events
    assert sorted((e.event_type, e.event_date) for e in events) == [
        ("court_judgment", date(2012, 6, 4)), ("legal_proceeding", date(2012, 6, 4))]


def test_a_step_of_the_one_proceeding_a_release_tells_is_before_the_one_court_it_names():
    # 'On 20 November 1998 the Company filed its defence and a counterclaim': the action the contractor issued in the
    # Supreme Court of Western Australia, the one court the release names
    events = parse_release(release(
        "On 13 May 2012 Finch Mining Services Pty Ltd issued a writ against the Company in the Supreme Court of "
        "Western Australia claiming A$3.1 million.\n\nOn 20 May 2012 the Company filed its defence and a "
        "counterclaim for A$2.46 million.")).events
    assert [(e.event_type, e.event_date, e.venue) for e in events] == [
        ("legal_proceeding", date(2012, 5, 13), "Supreme Court of Western Australia"),
        ("legal_proceeding", date(2012, 5, 20), "Supreme Court of Western Australia")]


def test_an_award_takes_the_sum_told_after_the_taking_its_tribunal_found():
    # 'The tribunal found that the revocation of the mining lease ... was an expropriation ... It ordered the Czech
    # Republic to pay the Company US$63.7 million': the finding is the award's reasons, no event that ends the search
    events = parse_release(release(
        "The Company is pleased to advise that on 5 June 2012 the arbitral tribunal issued its final award in the "
        "Company's claim against the Republic of Azuria.\n\nThe tribunal found that the revocation of the mining lease "
        "by the Ministry of Industry on 18 September 2006 was an expropriation without compensation.\n\nIt ordered the "
        "Republic of Azuria to pay the Company US$63.7 million in compensation.")).events
    assert [(e.event_type, e.amount) for e in events] == [("arbitration_award", 63700000.0), ("expropriation", None)]


def test_a_deal_with_the_lender_the_release_defined_by_that_role_is_with_the_lender_named_in_full():
    # '... credit facility with Cordova Commercial Bank (the "Senior Lender") ... The Senior Lender and the Company
    # entered into a forbearance agreement on January 29, 2016'
    events = parse_release(release(
        "The Company has been in default since March 31, 2012 under its $60 million senior secured credit facility "
        "with Cordova Commercial Bank (the \"Senior Lender\").\n\nThe Senior Lender and the Company entered into a "
        "forbearance agreement on May 29, 2012.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("agreement", date(2012, 5, 29), "Cordova Commercial Bank")]


def test_an_appointment_takes_no_day_told_in_a_clause_of_its_own_before_it():
    # '... the first gold was poured at the Wenasaga mill on May 26, 2011, and that it has appointed Denis
    # Marchessault, P.Eng., as Chief Operating Officer': the pour's day, not the appointment's
    events = parse_release(release(
        "The Company is pleased to announce that the first gold was poured at the Wren mill on May 26, 2012, and that "
        "it has appointed Denis Marchessault, P.Eng., as Chief Operating Officer.")).events
    assert [(e.event_type, e.event_date, e.person_name) for e in events] == [
        ("executive_appointment", None, "Denis Marchessault")]


def test_the_resignation_of_a_member_of_the_board_is_a_directors_departure():
    # 'To take note of the resignation of Mr. Fernando Tord Obando as a member of the Board of Directors'
    events = parse_release(release(
        "5. To take note of the resignation of Mr. Fernando Ruiz Obando as a member of the Board of Directors, and to "
        "propose the election of his replacement to the Annual General Shareholders' Meeting.")).events
    assert [(e.event_type, e.person_name, e.role) for e in events] == [
        ("executive_departure", "Fernando Ruiz Obando", "Director")]


def test_the_award_the_lead_tells_by_its_tribunal_is_the_award_told_below_by_its_institution():
    # 'the arbitral tribunal constituted under the Convention of the International Centre for Settlement of Investment
    # Disputes has issued its award' in the lead, 'On June 6, 2014, the tribunal in ICSID Case No. ARB/10/22 issued its
    # award' below: one award
    events = parse_release(release(
        "The Company is pleased to announce that the arbitral tribunal constituted under the Convention of the "
        "International Centre for Settlement of Investment Disputes has issued its award in the Company's claim "
        "against the Republic of Azuria.\n\nOn June 6, 2012, the tribunal in ICSID Case No. ARB/10/22 issued its "
        "award (the \"Award\"), ordering Azuria to pay the Company $186.2 million.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("arbitration_award", date(2012, 6, 6))]


def test_the_role_in_apposition_is_read_after_the_letters_after_the_name_and_the_word_current():
    # 'Gareth Linwood, CPA, Chief Financial Officer, has informed the Board that he will leave', 'Colin Bethune, the
    # current Chief Financial Officer, will leave the Company on 31 January 2007'
    events = parse_release(release(
        "Gareth Linwood, CPA, Chief Financial Officer, has informed the Board that he will leave the Company "
        "effective June 30, 2012.")).events
    assert [(e.event_type, e.role) for e in events] == [("executive_departure", "Chief Financial Officer")]
    events = parse_release(release(
        "Colin Bethune, the current Chief Financial Officer, will leave the Company on 30 June 2012 to return to "
        "Canada.")).events
    assert [(e.event_type, e.role) for e in events] == [("executive_departure", "Chief Financial Officer")]


def test_a_successor_who_is_appointed_to_a_role_takes_that_role():
    # '... will be replaced by Mr Robert Tandy, ACIS, who is appointed Company Secretary from 1 July 2004'
    events = parse_release(release(
        "Mrs Elspeth Acheson has resigned as Company Secretary with effect from 30 June 2012 and will be replaced by "
        "Mr Robert Tandy, ACIS, who is appointed Company Secretary from 1 July 2012.")).events
    assert [(e.event_type, e.person_name, e.role) for e in events if e.event_type == "executive_appointment"] == [
        ("executive_appointment", "Robert Tandy", "Company Secretary")]


def test_a_court_named_by_the_short_name_the_release_defined_for_it_is_the_court_in_full():
    # 'the High Court of Justice of England and Wales, Commercial Court (the "English Court") ... ordered ...';
    # 'Greece applied to the English Court to set aside the registration order'
    events = parse_release(release(
        "On March 10, 2012, the High Court of Justice of England and Wales, Commercial Court (the \"English Court\"), "
        "on the Company's application made without notice, ordered that the award be registered as if it were a "
        "judgment of the English Court.\n\nOn March 24, 2012, Azuria applied to the English Court to set aside the "
        "registration order.")).events
    full = "High Court of Justice of England and Wales, Commercial Court"
    assert [(e.event_type, e.venue) for e in events if e.event_type == "legal_challenge"] == [
        ("legal_challenge", full)]


def test_a_courts_name_in_its_own_language_in_brackets_is_no_venue_of_its_own():
    # 'On March 15, 2016, the Paris Court of Appeal (Cour d'appel de Paris) dismissed in its entirety the application'
    events = parse_release(release(
        "On March 15, 2012, the Paris Court of Appeal (Cour d'appel de Paris) dismissed in its entirety the "
        "application brought by Azuria to set aside the Award.")).events
    assert [(e.event_type, e.venue) for e in events if e.event_type == "court_judgment"] == [
        ("court_judgment", "Paris Court of Appeal")]


def test_an_annulment_proceeding_the_parties_will_discontinue_is_no_challenge_made():
    # 'the parties will jointly ask the ICSID ad hoc Committee to discontinue the annulment proceeding'
    events = parse_release(release(
        "On receipt of the first instalment, the parties will jointly ask the ICSID ad hoc Committee to discontinue "
        "the annulment proceeding.")).events
    assert [e.event_type for e in events] == []


def test_an_application_the_company_had_considered_is_no_step_taken():
    # 'The Company had considered an application to the Swiss Federal Supreme Court to set aside parts of the award
    # but, on the advice of counsel, has decided not to make one'
    events = parse_release(release(
        "The Company had considered an application to the Swiss Federal Supreme Court to set aside parts of the award "
        "but, on the advice of counsel, has decided not to make one.")).events
    assert [e.event_type for e in events] == []


def test_the_application_a_stay_is_pending_the_outcome_of_is_no_step_of_its_own():
    # 'On May 9, 2011, at Guatemala's request, the District Court stayed the enforcement proceeding pending the outcome
    # of the annulment application': the ruling, not a new challenge
    events = parse_release(release(
        "On May 9, 2012, at Azuria's request, the District Court stayed the enforcement proceeding pending the outcome "
        "of the annulment application.")).events
    assert [e.event_type for e in events] == ["court_judgment"]


def test_a_court_told_with_its_name_in_its_own_language_is_the_same_court():
    # 'Georgia has brought an action before the Svea Court of Appeal (Svea hovrätt) in Stockholm to set aside the final
    # award' and 'Georgia lodged an action with the Svea Court of Appeal' on 9 June 2010: one challenge
    events = parse_release(release(
        "The Company also reports that Azuria has brought an action before the Svea Court of Appeal (Svea hovrätt) in "
        "Stockholm to set aside the final award.\n\nOn 9 June 2012, Azuria lodged an action with the Svea Court of "
        "Appeal to set aside the final award.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("legal_challenge", date(2012, 6, 9))]


def test_the_application_told_again_with_the_court_it_was_filed_before_is_the_step_just_told():
    # '... the Republic of Senegal filed, on April 27, 2007, an application to set aside the award. The application was
    # filed before the Paris Court of Appeal': the challenge just told, and where it was made
    events = parse_release(release(
        "The Company announces that the Republic of Azuria filed, on April 27, 2012, an application to set aside the "
        "arbitral award rendered in its favour.\n\nThe application was filed before the Paris Court of Appeal, the "
        "court of the seat of the arbitration.")).events
    assert [(e.event_type, e.event_date, e.venue) for e in events if e.event_type.startswith("legal")] == [
        ("legal_challenge", date(2012, 4, 27), "Paris Court of Appeal")]


def test_the_corporation_acting_is_the_issuer_and_no_other_side():
    # 'The Corporation has filed a request for arbitration against Burkina Faso': 'the Corporation' is the issuer as
    # 'the Company' is, not an organisation the sentence names by its legal form (and so not the other side)
    for word in ("Company", "Corporation"):
        events = parse_release(release(
            f"The {word} has filed a request for arbitration against the Republic of Azuria with the International "
            f"Centre for Settlement of Investment Disputes.\n\nThe {word} filed its petition to enforce the award in "
            f"the District Court on 11 June 2012.")).events
        assert [(e.event_type, e.counterparty) for e in events] == [
            ("legal_proceeding", "Republic of Azuria"), ("legal_proceeding", "Republic of Azuria")], word


def test_the_role_held_since_a_long_told_time_is_the_role_left():
    # 'Sir Geoffrey Ambrose, Chairman since the Corporation's admission to AIM in 1997, will retire': the role held
    # since whatever the words for that time, 'the Company's' or 'the Corporation's'
    events = parse_release(release(
        "Sir Edmund Harrow, Chairman since the Corporation's admission to AIM in 1997, will retire at the conclusion "
        "of the Annual General Meeting on 26 June 2012.")).events
    assert [(e.event_type, e.person_name, e.role) for e in events if e.event_type == "executive_departure"] == [
        ("executive_departure", "Edmund Harrow", "Chairman")]


def test_a_month_written_short_ends_no_sentence():
    # 'dated Oct. 9, 2018, which revoked', 'a winding-up petition filed on 18 Aug. 2015 ... by X', 'media reports
    # published on Feb. 21, 2025 which stated that': the words after the month's full stop are the same sentence's
    for month in ("October", "Oct."):
        events = parse_release(release(
            f"On June 12, 2012, the Company was notified of Resolution No. 08841-4-2012 of the Tribunal Fiscal, dated "
            f"{month} 9, 2011, which revoked the assessments issued by the tax authority, SUNAT.")).events
        assert [(e.event_type, e.event_date) for e in events] == [("court_judgment", date(2011, 10, 9))], month
    for month in ("August", "Aug."):
        events = parse_release(release(
            f"On 11 June 2012 the Company was served with a winding-up petition filed on 8 {month} 2012 in the High "
            f"Court by Golden Anvil Trading Limited in respect of an alleged debt.")).events
        assert [e.counterparty for e in events] == ["Golden Anvil Trading Limited"], month
    for month in ("February", "Feb."):
        events = parse_release(release(
            f"The Company comments on media reports published on {month} 21, 2012 which stated that the Company had "
            f"agreed to settle its claims against the Republic of Azuria.")).events
        assert [e.event_type for e in events] == [], month


def test_a_month_written_short_after_a_court_is_no_part_of_its_name():
    # 'The Company commenced its application in the Court in Nov. 2018': the court, not 'Court in Nov'
    events = parse_release(release(
        "The Company commenced its application in the Ontario Superior Court of Justice in Nov. 2011 to recognise "
        "the award against the Republic of Azuria.")).events
    assert [e.venue for e in events] == ["Ontario Superior Court of Justice"]


def test_joining_on_a_day_with_its_month_written_short_is_an_appointment():
    # 'Linda Cheechoo joined Kawinogans on Jan. 5, 2004 as Vice President, Finance and Chief Financial Officer'
    for month in ("January", "Jan."):
        events = parse_release(release(
            f"Linda Achterberg joined Kestrel on {month} 5, 2012 as Vice President, Exploration.")).events
        assert [(e.event_type, e.event_date, e.person_name, e.role) for e in events] == [
            ("executive_appointment", date(2012, 1, 5), "Linda Achterberg", "Vice President, Exploration")], month


def test_a_name_hard_wrapped_is_the_same_name():
    # 'its wholly-owned subsidiary, Fencemaker\nMining LLC, ... entered into an offtake agreement with Carrara Metals\n
    # Trading SA ("Carrara")' and below 'Fencemaker Mining LLC and Carrara entered into an offtake agreement': the
    # subsidiary is the issuer's side and the offtaker the one party of one agreement, however the lines break
    events = parse_release(release(
        "Kestrel is pleased to announce that its wholly-owned subsidiary, Wren\nMining LLC, has entered into an "
        "offtake agreement with Carrara Metals\nTrading SA (\"Carrara\") of Geneva, Switzerland.\n\nOn June 4, 2012, "
        "Wren Mining LLC and Carrara entered into an offtake agreement under which Carrara will purchase all of "
        "the doré produced at Wren.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("agreement", date(2012, 6, 4), "Carrara Metals Trading SA")]


def test_a_royalty_created_and_sold_told_in_per_cent_is_no_disposition():
    # 'completed the sale of a 2 per cent net smelter return royalty on its Bluejay Creek gold property to Tweedsmuir
    # Royalty Corp.': a royalty created on its own property and sold (a financing), as 'a 2% net smelter return royalty'
    for share in ("2%", "2 per cent"):
        events = parse_release(release(
            f"On June 11, 2012, Kestrel completed the sale of a {share} net smelter return royalty on its Wren gold "
            f"property to Tweedsmuir Royalty Corp. for $750,000 in cash.")).events
        assert [e.event_type for e in events] == [], share


def test_the_points_of_an_abbreviation_end_no_sentence():
    # 'an interim third party debt order attaching U.S.$4.6 million owed to SAMA': the debtor the money is owed to is
    # the other side whether the dollars are 'US$' or 'U.S.$'
    for dollars in ("US$", "U.S.$"):
        events = parse_release(release(
            "On 2 December 2011 an arbitral tribunal issued its award in favour of the Company in its dispute with "
            "Wren Mining Holdings.\n\nOn 6 May 2012 the Company obtained from the Commercial Court an interim third "
            f"party debt order attaching {dollars}4.6 million owed to Société Aurifère du Maniema SARL (\"SAMA\") by "
            "a London metals trader.")).events
        assert [(e.event_type, e.counterparty) for e in events if e.event_type == "enforcement_action"] == [
            ("enforcement_action", "Société Aurifère du Maniema SARL")], dollars


def test_a_heading_in_capitals_is_no_part_of_the_name_below_it():
    # 'LICENCE REVOCATION\n\nThe State Agency for Geology and Mineral Resources ("Gosgeologagentstvo") revoked ...':
    # the authority's name begins with its paragraph, whatever the case of the heading above
    for heading in ("Licence revocation", "LICENCE REVOCATION"):
        events = parse_release(release(
            f"{heading}\n\nThe State Agency for Geology and Mineral Resources (\"Gosgeologagentstvo\") revoked the "
            "subsoil use licence held by the Company's subsidiary.\n\nOn 2 June 2012 the Inter-District Court of "
            "Bishkek City dismissed the claim of Gosgeologagentstvo against the Company's subsidiary.")).events
        assert [e.counterparty for e in events if e.event_type == "court_judgment"] == [
            "State Agency for Geology and Mineral Resources"], heading
    for heading in ("Dispute with Queen Lode", "DISPUTE WITH QUEEN LODE"):
        events = parse_release(release(
            f"{heading}\n\nQueen Lode Minerals Pty Ltd (\"Queen Lode\") is the Company's former joint venture partner. "
            "On 11 June 2012 the Supreme Court of Western Australia entered judgment for the Company against Queen "
            "Lode.")).events
        assert [e.counterparty for e in events] == ["Queen Lode Minerals Pty Ltd"], heading


def test_a_board_resolution_names_the_role_of_the_corporation_as_of_the_company():
    # 'To appoint Mr. X as the Corporation's General Manager', 'To accept the resignation submitted by Ing. X as the
    # Corporation's General Manager': the issuer's role whatever its word for itself
    for word in ("Company", "Corporation", "Group"):
        events = parse_release(release(
            f"The Board resolved:\n\nTo accept the resignation submitted by Ing. Walter Cutipa Ccoa as the {word}'s "
            f"General Manager, effective 31 May 2012.\n\nTo appoint Ing. Rosario Mayta Roncal as the {word}'s General "
            "Manager, effective 1 June 2012.")).events
        assert [(e.event_type, e.person_name, e.role) for e in events] == [
            ("executive_departure", "Walter Cutipa Ccoa", "General Manager"),
            ("executive_appointment", "Rosario Mayta Roncal", "General Manager")], word


def test_a_request_registered_that_the_group_submitted_is_its_step():
    # 'the Secretary-General of ICSID registered the Request for Arbitration submitted by the Group's wholly-owned
    # subsidiary, ... against the Kyrgyz Republic': the issuer's own request, as one the Company's subsidiary submits
    for word in ("Company", "Group"):
        events = parse_release(release(
            "On 11 June 2012 the Secretary-General of ICSID registered the Request for Arbitration submitted by the "
            f"{word}'s wholly-owned subsidiary, Wren Mining Limited, against the Republic of Azuria.")).events
        assert [(e.event_type, e.counterparty) for e in events] == [("legal_proceeding", "Republic of Azuria")], word


def test_a_tribunal_constituted_under_rules_ends_before_whose_claim_it_hears():
    # 'the arbitral tribunal constituted under the UNCITRAL Arbitration Rules in the Company's claim against Bolivia':
    # the tribunal and its rules, not 'in the Company's' (nor 'in the Corporation's')
    for word in ("Company", "Corporation"):
        events = parse_release(release(
            f"On 28 May 2012 the arbitral tribunal constituted under the UNCITRAL Arbitration Rules in the {word}'s "
            "claim against the Republic of Azuria issued its final award.")).events
        assert [e.venue for e in events] == ["arbitral tribunal constituted under the UNCITRAL Arbitration Rules"], word


def test_a_deal_told_with_its_party_and_price_but_no_day_is_news():
    # 'has agreed to sell ... to X for £8 million': the deal is the release's news though it gives no day
    events = parse_release(release(
        "The Company has agreed to sell its 50% interest in the Robin joint venture to Tern Resources plc for "
        "£8 million.")).events
    assert [(e.event_type, e.event_date, e.counterparty, e.amount, e.currency) for e in events] == [
        ("disposition", None, "Tern Resources plc", 8_000_000, "GBP")]
    # (a royalty sold is a financing, a letter of intent no deal yet)
    for body in ("The Company has agreed to sell a 2% net smelter return royalty on the Robin project to Tern "
                 "Royalties plc for US$8 million.",
                 "The Company has signed a non-binding letter of intent to sell the Robin project to Tern Resources "
                 "plc for US$8 million."):
        assert [e.event_type for e in parse_release(release(body)).events if e.event_type == "disposition"] == []


def test_a_sale_told_by_its_verb_its_buyer_and_its_price_is_a_disposition():
    # the verb need not take 'its' or 'the': what was sold, to whom, for what
    for body, party, amount, currency in (
            ("On June 8, 2012 the Company sold 42 non-core unpatented lode claims in Elko County, Nevada, known as the "
             "Coyote Flats claims, to Great Basin Prospecting LLC for $250,000 in cash.",
             "Great Basin Prospecting LLC", 250_000, "CAD"),     # (a bare '$' of a TSX issuer)
            ("On 8 June 2012 the Company disposed of a 26% interest in its subsidiary, Umhlaba Mining (Pty) Ltd, to "
             "Thandeka Holdings (Pty) Ltd for R145 million.", "Thandeka Holdings (Pty) Ltd", 145_000_000, "ZAR"),
            ("The disposal of its subsidiary, Galena Holdings Limited, to Westmoor Capital Partners LLP completed on "
             "8 June 2012 for a cash consideration of £12.3m.", "Westmoor Capital Partners LLP", 12_300_000, "GBP")):
        events = parse_release(release(body)).events
        assert [(e.event_type, e.event_date, e.counterparty, e.amount, e.currency) for e in events] == [
            ("disposition", date(2012, 6, 8), party, amount, currency)], body
    # (gold sold to a refiner is production, no deal)
    events = parse_release(release("In May 2012 the Company sold 12,500 ounces of gold to Valcambi SA for US$20 "
                                   "million.")).events
    assert [e.event_type for e in events] == []


def test_proceedings_issued_and_an_appeal_filed_by_a_person_are_legal_steps():
    events = parse_release(release(
        "On 8 June 2012 the Company issued proceedings in the High Court of Justice of England and Wales against "
        "Harrowgate Merchant Bank plc claiming damages of £22.5 million.")).events
    assert [(e.event_type, e.event_date, e.counterparty, e.amount) for e in events] == [
        ("legal_proceeding", date(2012, 6, 8), "Harrowgate Merchant Bank plc", 22_500_000)]
    events = parse_release(release(
        "Mr. Pell filed his notice of appeal with the Court of Appeal for Ontario on June 4, 2012.")).events
    assert [(e.event_type, e.event_date, e.venue) for e in events] == [
        ("legal_challenge", date(2012, 6, 4), "Court of Appeal for Ontario")]


def test_a_receiver_the_company_appoints_over_a_debtors_assets_is_enforcement_against_the_debtor():
    events = parse_release(release(
        "On June 8, 2012 the Company appointed Harwood Restructuring Inc. as receiver and manager of all of the "
        "assets, undertakings and property of Brayford Mining Corp.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("enforcement_action", date(2012, 6, 8), "Brayford Mining Corp.")]
    # (a receiver appointed over the issuer is no step it takes)
    events = parse_release(release(
        "On June 8, 2012 the lenders appointed Harwood Restructuring Inc. as receiver of the Company.")).events
    assert [e.event_type for e in events] == []


def test_appointments_listed_in_one_sentence_are_each_an_appointment():
    events = parse_release(release(
        "The Company announces the appointments of Mark Chen as Chief Financial Officer, Laura Bianchi as Vice "
        "President, Exploration, and Samuel Osei as General Manager of the Wren Mine, each effective June 10, "
        "2012.")).events
    assert [(e.event_type, e.event_date, e.person_name) for e in events] == [
        ("executive_appointment", date(2012, 6, 10), "Mark Chen"),
        ("executive_appointment", date(2012, 6, 10), "Laura Bianchi"),
        ("executive_appointment", date(2012, 6, 10), "Samuel Osei")]


def test_the_one_succeeded_leaves_on_the_day_the_successor_takes_the_role():
    events = parse_release(release(
        "Jane Doe will succeed Claudia Ruiz as Chief Executive Officer effective June 30, 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name) for e in events] == [
        ("executive_appointment", date(2012, 6, 30), "Jane Doe"),
        ("executive_departure", date(2012, 6, 30), "Claudia Ruiz")]


def test_the_party_a_court_orders_to_pay_is_the_other_side():
    events = parse_release(release(
        "On June 1, 2012, the Superior Court of Quebec granted the Company's motion and ordered Boreal Resources Inc. "
        "to pay C$1.2 million.")).events
    assert [(e.event_type, e.counterparty, e.venue, e.amount) for e in events] == [
        ("court_judgment", "Boreal Resources Inc.", "Superior Court of Quebec", 1_200_000)]


def test_a_judgment_delivered_or_reasons_released_is_the_courts_ruling():
    events = parse_release(release(
        "On 1 June 2012 the Supreme Court of Western Australia delivered judgment in favour of Pilbara Haulage Pty Ltd "
        "in its contractual dispute with the Company, ordering the Company to pay A$3.8 million.")).events
    assert [(e.event_type, e.event_date, e.counterparty, e.amount) for e in events] == [
        ("court_judgment", date(2012, 6, 1), "Pilbara Haulage Pty Ltd", 3_800_000)]
    events = parse_release(release(
        "On June 3, 2012, after hearing argument in May, the Court of Appeal for Ontario released its unanimous "
        "reasons upholding the trial judgment in full.")).events
    assert [(e.event_type, e.event_date, e.venue) for e in events] == [
        ("court_judgment", date(2012, 6, 3), "Court of Appeal for Ontario")]


def test_a_minister_revoking_a_lease_is_an_expropriation_by_the_minister():
    events = parse_release(release(
        "The Minister for Lands and Natural Resources revoked the lease by letter dated 14 May 2012.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("expropriation", date(2012, 5, 14), "Minister for Lands and Natural Resources")]


def test_a_deal_or_contract_takes_the_sum_the_next_sentence_commits():
    # the buyer's payment told after the sale, and a contract's value told after its signing
    events = parse_release(release(
        "On June 8, 2012 the Company entered into a definitive agreement with Corporación Nacional del Cobre de Chile "
        "(\"Codelco\") for the sale of its 100% interest in the Cerro Amarillo project. Codelco will pay US$95 "
        "million in cash on closing.")).events
    assert [(e.event_type, e.amount, e.currency) for e in events] == [("disposition", 95_000_000, "USD")]
    events = parse_release(release(
        "On 5 June 2012 it signed a three-year mining services contract with Goldfields Earthmoving Pty Ltd for the "
        "Wren project. The contract has an estimated value of A$38 million over its term.")).events
    assert [(e.event_type, e.counterparty, e.amount, e.currency) for e in events] == [
        ("agreement", "Goldfields Earthmoving Pty Ltd", 38_000_000, "AUD")]
    # (an option agreement's payments are the terms of a right, no sum the deal is for)
    events = parse_release(release(
        "On June 8, 2012 the Company entered into an option agreement with Coldwater Prospecting Ltd. Under the "
        "agreement the Company will pay Coldwater $15,000 on signing.")).events
    assert [(e.event_type, e.amount) for e in events] == [("agreement", None)]


def test_orders_a_court_makes_are_its_ruling_and_the_court_is_their_venue_over_the_award_it_recognises():
    events = parse_release(release(
        "On June 8, 2012 the Federal Court of Australia made orders recognising as binding and enforceable the award "
        "rendered in favour of the Company against the Republic of Sierra Leone by a tribunal constituted under the "
        "auspices of the International Centre for Settlement of Investment Disputes.")).events
    assert [(e.event_type, e.event_date, e.counterparty, e.venue) for e in events] == [
        ("court_judgment", date(2012, 6, 8), "Republic of Sierra Leone", "Federal Court of Australia")]


def test_a_company_named_by_its_spanish_legal_head_word_is_a_party():
    events = parse_release(release(
        "On June 8, 2012 the Company entered into a definitive agreement with Corporación Nacional del Cobre de Chile "
        "for the sale of its 100% interest in the Cerro Amarillo project.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("disposition", "Corporación Nacional del Cobre de Chile")]


def test_a_person_written_with_a_nickname_in_quotes_is_the_person():
    events = parse_release(release(
        "The Company announces that its Board of Directors has appointed Margaret \"Meg\" Ellison as President and "
        "Chief Executive Officer, effective June 4, 2012.")).events
    assert [(e.event_type, e.event_date, e.person_name, e.role) for e in events] == [
        ("executive_appointment", date(2012, 6, 4), "Margaret Ellison", "President and Chief Executive Officer")]


def test_the_republic_is_the_one_state_the_release_names():
    events = parse_release(release(
        "The Company holds an award against the Republic of Sierra Leone (the Republic) rendered by an ICSID "
        "tribunal. On 19 May 2012 the Republic filed an interlocutory application to set aside the registration of "
        "the award on the ground of foreign state immunity.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("legal_challenge", date(2012, 5, 19), "Republic of Sierra Leone")]


def test_a_country_in_a_companys_name_is_no_state():
    events = parse_release(release(
        "Kestrel announces that on May 20, 2012 its subsidiary, Kestrel Argentina S.A., has filed a request for "
        "arbitration with the International Court of Arbitration of the International Chamber of Commerce against "
        "Minera Altoandina S.A. (\"MASA\") claiming damages of US$64 million.")).events
    assert [(e.event_type, e.counterparty, e.amount) for e in events] == [
        ("legal_proceeding", "Minera Altoandina S.A.", 64_000_000)]


def test_a_defined_name_joined_by_french_or_portuguese_words_is_the_whole_name():
    events = parse_release(release(
        "Kestrel has been in dispute with Generale des Carrieres et des Mines SA (\"Gecamines\"), the state-owned "
        "mining company of the Democratic Republic of the Congo. On June 2, 2012, Gecamines filed a request for "
        "arbitration with the International Court of Arbitration of the International Chamber of Commerce.")).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("legal_proceeding", "Generale des Carrieres et des Mines SA")]


def test_the_party_an_award_is_ordering_to_pay_is_the_other_side():
    events = parse_release(release(
        "On 24 June 2012 the tribunal issued a separate award on costs, ordering Boreal Resources Inc. to pay the "
        "Company EUR 2.36 million.")).events
    assert [(e.event_type, e.counterparty, e.amount, e.currency) for e in events] == [
        ("arbitration_award", "Boreal Resources Inc.", 2_360_000, "EUR")]


def test_an_authoritys_act_ending_a_mining_title_in_other_words_is_an_expropriation():
    # a resolution declaring a cancellation, an order cancelling a production sharing agreement, a mandate that
    # extinguishes concessions, a decree 'No. 1320' reverting them, a withdrawal by decree: each takes the title away
    for text in (
            "On April 3, 2000, the Direccion General de Minas issued a resolution declaring the cancellation of the "
            "El Picacho concessions held by the Company's subsidiary.",
            "On 3rd February 2004, the Secretary of the Department of Environment and Natural Resources issued an "
            "order cancelling the Company's Mineral Production Sharing Agreement over the Tagum project.",
            "On April 18, 2008, the Constituent Assembly of the Republic of Ecuador approved Constituent Mandate "
            "No. 6, which, among other things, extinguishes without compensation all mining concessions.",
            "In June 2012 the Government of the Plurinational State of Bolivia issued Supreme Decree No. 1320, "
            "reverting the ten mining concessions of the Cerro Rico Norte project to the state mining company.",
            "The dispute arose from the withdrawal of the Company's Siguiri-Est exploitation permit by decree of the "
            "President of the Republic of Guinea."):
        assert [e.event_type for e in parse_release(release(text)).events] == ["expropriation"], text


def test_a_surname_with_mc_or_mac_is_read_whole():
    # 'McAllister' is one name, not 'Mc' and the rest
    events = parse_release(release(
        "He will be succeeded by Mr Ian R. McAllister, currently Chief Operating Officer, who will become Managing "
        "Director on 1 January 2013.")).events
    assert [(e.event_type, e.person_name) for e in events] == [("executive_appointment", "Ian R. McAllister")]


def test_a_receiver_a_court_appoints_on_the_issuers_application_and_an_attachment_a_court_authorizes():
    events = parse_release(release(
        "On June 1, 2012, on the Company's application, the Supreme Court of British Columbia appointed FTI "
        "Consulting Canada Inc. as receiver and manager of all of the assets of Hinde Mining Ltd.\n\n"
        "On June 5, 2012 the same court authorized a conservatory attachment (saisie conservatoire) over a building "
        "owned by Wren Holdings Limited.")).events
    assert [(e.event_type, e.event_date) for e in events] == [
        ("enforcement_action", date(2012, 6, 1)), ("enforcement_action", date(2012, 6, 5))]


def test_a_courts_decision_granting_summary_judgment_is_a_judgment():
    events = parse_release(release(
        "The receivership follows the Court's decision of June 4, 2012 granting summary judgment in favour of the "
        "Company against Hinde Mining Ltd. for $4,186,500 in unpaid royalty payments.")).events
    assert [(e.event_type, e.event_date, e.amount) for e in events] == [
        ("court_judgment", date(2012, 6, 4), 4_186_500)]


def test_an_agreement_with_a_vendor_to_acquire_and_heads_of_terms_for_a_sale():
    events = parse_release(release(
        "The Company has entered into an agreement dated May 27, 2012 with Minera Quisqueya, C. por A. to acquire a "
        "100% interest in the La Cumbre gold concession for US$3,250,000.\n\n"
        "The Company has signed heads of terms with ZAO Severnaya Rossyp for the sale of a 51 per cent. interest in "
        "Omolon Gold Holdings Limited for a cash consideration of US$55 million.")).events
    assert [(e.event_type, e.amount) for e in events] == [("acquisition", 3_250_000), ("disposition", 55_000_000)]


def test_a_legal_step_the_issuer_took_today_is_dated_by_the_release():
    events = parse_release(release(
        "Kestrel today applied to the High Court of Justice of England and Wales, Queen's Bench Division (Commercial "
        "Court), to register the Award.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("legal_proceeding", date(2012, 6, 14))]


def test_an_agreement_under_which_the_other_side_will_acquire_the_issuers_asset_is_a_disposition():
    events = parse_release(release(
        "Kestrel has entered into a purchase and sale agreement dated June 13, 2012 with Corporacion Nacional del "
        "Cobre de Chile (\"Codelco\"), pursuant to which Codelco will acquire the Company's 100% interest in the "
        "Santa Ines copper project for US$18 million.\n\n"
        "On 11 June 2012, Northern Gold (BVI) Limited, a wholly-owned subsidiary of the Company, entered into a sale "
        "and purchase agreement (the \"Agreement\") with Mr. Zhao Jianguo (the \"Purchaser\") for the sale of the "
        "entire equity interest in Chifeng Hongshan Mining Co., Ltd. for US$20 million.")).events
    assert [(e.event_type, e.amount) for e in events] == [("disposition", 18_000_000), ("disposition", 20_000_000)]


def test_the_issuers_motion_to_vacate_a_counterclaim_it_lodged_and_an_arbitral_panels_award():
    events = parse_release(release(
        "On June 4, 2012 the Company filed a motion in the United States District Court for the District of Colorado "
        "to vacate the award.\n\n"
        "On June 11, 2012 Kestrel lodged a defence and a counterclaim against Henderson Earthmoving Pty Ltd in the "
        "Supreme Court of Western Australia seeking A$6.8 million.\n\n"
        "In an award dated May 15, 2012, an arbitral panel constituted under the Commercial Arbitration Rules of the "
        "American Arbitration Association awarded Lakeshore Engineering Inc. USD 8,750,000.")).events
    assert [(e.event_type, e.event_date) for e in events] == [
        ("legal_proceeding", date(2012, 6, 4)), ("legal_proceeding", date(2012, 6, 11)),
        ("arbitration_award", date(2012, 5, 15))]


def test_a_commercial_tribunal_is_a_court():
    events = parse_release(release(
        "On June 7, 2012, the Commercial Tribunal of Bamako ordered that the Kalana Complex be placed under "
        "provisional administration for a period of six months.")).events
    assert [(e.event_type, e.venue) for e in events] == [("court_judgment", "Commercial Tribunal of Bamako")]


def test_initials_after_a_title_and_a_surname_with_van_der_are_one_name():
    events = parse_release(release(
        "Mr P.J. van der Walt has been appointed Managing Director with effect from 1 June 2012.\n\n"
        "He succeeds Mr J.R. Hollis, who retires as Managing Director on 31 May 2012.")).events
    assert [(e.event_type, e.person_name, e.role) for e in events] == [
        ("executive_appointment", "P.J. van der Walt", "Managing Director"),
        ("executive_departure", "J.R. Hollis", "Managing Director")]


def test_an_agreement_named_in_brackets_with_a_vendor_and_an_acquisition_told_as_completed():
    events = parse_release(release(
        "On 11 June 2012, the Company entered into an equity transfer agreement (the \"Agreement\") with Gansu Longxi "
        "Industrial Group Co., Ltd. (the \"Vendor\") to acquire a 70% equity interest in Gansu Longxi Gold Co., Ltd. "
        "for RMB186 million.\n\n"
        "In a separate transaction, the acquisition of the Birch Lake royalty was completed effective May 31, 2012 for "
        "total consideration of US$6.25 million.")).events
    assert [(e.event_type, e.event_date, e.amount) for e in events] == [
        ("acquisition", date(2012, 6, 11), 186_000_000), ("acquisition", date(2012, 5, 31), 6_250_000)]


def test_a_decree_declaring_a_mine_the_property_of_the_state_or_nationalizing_it_is_an_expropriation():
    for sentence in ("On May 1, 2012, the Government of the Republic of Bolivia issued Supreme Decree No. 29117, "
                     "declaring the Tres Cruces mine and processing plant to be the property of the State.",
                     "On May 1, 2012, the Government of the Republic of Bolivia issued a decree nationalizing the Tres "
                     "Cruces mine."):
        events = parse_release(release(sentence)).events
        assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
            ("expropriation", date(2012, 5, 1), "Republic of Bolivia")]


def test_claims_acquired_an_acquisition_of_rights_completed_and_a_letter_of_intent_past_a_companys_inc():
    cases = [
        ("On February 8, 2012 the Company acquired 42 unpatented lode mining claims adjoining the Kingston Canyon "
         "project from Silver State Claims LLC for US$150,000 in cash.", date(2012, 2, 8), "Silver State Claims LLC"),
        ("The acquisition of the adjoining Rietkuil mineral rights from Westrand Holdings Limited for R45 million was "
         "completed on 3 May 2012.", date(2012, 5, 3), "Westrand Holdings Limited"),
        ("Kestrel has entered into a non-binding letter of intent dated May 26, 2012 with Long Range Mining Inc. "
         "(\"Long Range\"), a private Newfoundland company, to acquire a 100% interest in the Gull Pond property.",
         date(2012, 5, 26), "Long Range Mining Inc."),
    ]
    for sentence, day, counterparty in cases:
        events = parse_release(release(sentence)).events
        assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [("acquisition", day, counterparty)]


def test_a_step_told_as_taken_the_same_day_takes_the_day_the_sentence_before_told():
    events = parse_release(release(
        "On June 4, 2012, the Company filed a petition in the United States District Court for the District of "
        "Columbia to recognize the award. The same day, the Company commenced an application in the Ontario Superior "
        "Court of Justice for recognition and enforcement of the award in Ontario.")).events
    assert [(e.event_type, e.event_date, e.venue) for e in events] == [
        ("legal_proceeding", date(2012, 6, 4), "United States District Court for the District of Columbia"),
        ("legal_proceeding", date(2012, 6, 4), "Ontario Superior Court of Justice")]


def test_an_ore_deposit_named_in_an_agreement_is_no_sum_deposited():
    # 'the Two Mile Well deposit' is ore, not the upfront deposit of a stream: the toll milling agreement stays an event
    events = parse_release(release(
        "On 9 June 2012 the Company signed a toll milling agreement with Coolgardie Ore Treatment Pty Ltd under which "
        "up to 60,000 tonnes of oxide ore from the Two Mile Well deposit will be treated at the Red Hill plant."
    )).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("agreement", date(2012, 6, 9), "Coolgardie Ore Treatment Pty Ltd")]


def test_a_departure_told_by_the_full_name_and_again_by_the_surname_is_one():
    events = parse_release(release(
        "The Directors of Kestrel Gold NL advise that the Managing Director, Mr R.J. Whitfield, has informed the Board "
        "of his decision to retire. Mr Whitfield will retire as Managing Director on 30 June 2012 after eleven years "
        "with the Company.")).events
    assert [(e.event_type, e.person_name, e.role, e.event_date) for e in events] == [
        ("executive_departure", "R.J. Whitfield", "Managing Director", date(2012, 6, 30))]


def test_a_day_that_opens_a_sentence_is_every_change_it_tells():
    for opening, day in (("On June 8, 2012,", date(2012, 6, 8)), ("Last Friday,", date(2012, 6, 8))):
        events = parse_release(release(
            f"{opening} the Board accepted the resignation of Mr. Pieter van der Westhuizen as Vice President, "
            "Exploration, and appointed Dr. Mélanie St-Pierre, P.Geo., as Interim Vice President, Exploration.")).events
        assert sorted((e.event_type, e.person_name, e.event_date) for e in events) == [
            ("executive_appointment", "Mélanie St-Pierre", day),
            ("executive_departure", "Pieter van der Westhuizen", day)]


def test_an_award_told_as_rendered_past_its_sum_is_dated_by_that_sentence():
    events = parse_release(release(
        "The award against Argentina, for US$87.3 million plus interest and costs, was rendered on November 14, 2011 "
        "by an arbitral tribunal constituted under the auspices of the International Centre for Settlement of "
        "Investment Disputes.")).events
    assert [(e.event_type, e.event_date, e.amount) for e in events] == [
        ("arbitration_award", date(2011, 11, 14), 87_300_000)]


def test_an_acquisition_that_closed_on_a_day_and_a_bare_dollar_of_an_issuer_listed_in_canada():
    # 'The acquisition closed on June 12th': the day of the acquisition the lead says was completed; a bare '$' of a
    # TSX issuer that states no currency is the Canadian dollar, as for its financings
    events = parse_release(release(
        "Kestrel is pleased to announce that it has completed its acquisition of Thunder Lake Mining Ltd. (\"Thunder "
        "Lake\"), the private company that owns the Thunder Lake gold project. The acquisition closed on June 12th.\n\n"
        "It sold its non-core Kabenung Lake property to Superior North Exploration Inc. on June 13, 2012 for total "
        "consideration of $1,150,000.")).events
    assert [(e.event_type, e.event_date, e.counterparty, e.amount, e.currency) for e in events] == [
        ("acquisition", date(2012, 6, 12), "Thunder Lake Mining Ltd.", None, None),
        ("disposition", date(2012, 6, 13), "Superior North Exploration Inc.", 1_150_000, "CAD")]


def test_an_initial_order_told_as_granted_and_a_judgment_entered_on_that_day():
    events = parse_release(release(
        "Kestrel applied to the Ontario Superior Court of Justice (Commercial List) for protection under the CCAA. "
        "The initial order was granted by the Honourable Mr. Justice Halloran on June 8, 2012.")).events
    assert ("court_judgment", date(2012, 6, 8)) in [(e.event_type, e.event_date) for e in events]
    events = parse_release(release(
        "The trial concluded on June 10, 2012. On that day the High Court of Justice (Commercial Division), Accra, "
        "entered judgment for NGML against Volta in the sum of US$6.2 million.")).events
    assert [(e.event_type, e.event_date, e.amount) for e in events] == [
        ("court_judgment", date(2012, 6, 10), 6_200_000)]


def test_deals_told_as_implemented_or_completed_past_company_names_and_a_sale_of_substantially_all():
    cases = [
        ("Kestrel is pleased to announce that the acquisition of the Vlakfontein Gold Mine from Goudveld Mining (Pty) "
         "Limited for a purchase consideration of R212 million was implemented on 1 June 2012.",
         "acquisition", date(2012, 6, 1), 212_000_000),
        ("The Board announces that the disposal of the Group's 51% equity interest in Tianmu Mining Co., Ltd. to "
         "Zhejiang Hengtai Resources Co., Ltd. for a cash consideration of RMB420 million was completed on 30 May "
         "2012.", "disposition", date(2012, 5, 30), 420_000_000),
        ("On June 1, 2012, the Company entered into an asset purchase agreement with Lodestar Precious Metals LLC "
         "(\"Lodestar\") for the sale of substantially all of the assets of the Pinion Flats mine for US$38 million.",
         "disposition", date(2012, 6, 1), 38_000_000),
    ]
    for sentence, etype, day, amount in cases:
        events = parse_release(release(sentence)).events
        assert [(e.event_type, e.event_date, e.amount) for e in events] == [(etype, day, amount)], sentence


def test_proceedings_and_rulings_of_national_courts_in_their_own_words():
    # a claim named by hyphenated or several words, with its local name in brackets; a Council of State's suspension;
    # a settlement a court makes an order of court
    cases = [
        ("Minera Huaylas filed a contentious-administrative claim (demanda contencioso-administrativa) before the "
         "Superior Court of Justice of Lima on June 4, 2012, seeking the annulment of the reassessment.",
         ("legal_proceeding", date(2012, 6, 4), "Superior Court of Justice of Lima")),
        ("On May 20, 2012, the Company's subsidiary Minera Cauca S.A.S. filed a nullity and restoration of rights "
         "action (medio de control de nulidad y restablecimiento del derecho) before the Council of State.",
         ("legal_proceeding", date(2012, 5, 20), "Council of State")),
        ("By order dated June 6, 2012, notified to the Company on June 8, the Third Section of the Council of State "
         "provisionally suspended the effects of Resolution VSC-000312.",
         ("court_judgment", date(2012, 6, 6), "Council of State")),
        ("The Labour Court of South Africa made the settlement agreement an order of court on 1 June 2012.",
         ("court_judgment", date(2012, 6, 1), "Labour Court of South Africa")),
    ]
    for sentence, expected in cases:
        events = parse_release(release(sentence)).events
        assert [(e.event_type, e.event_date, e.venue) for e in events] == [expected], sentence


def test_a_step_named_only_to_place_another_in_time_is_no_event_of_its_own():
    events = parse_release(release(
        "On June 4, 2012, before the annulment application was filed, Kestrel filed a petition in the United States "
        "District Court for the District of Columbia to recognize and enforce the award.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("legal_proceeding", date(2012, 6, 4))]


def test_a_judge_or_a_panel_of_judges_named_without_the_court_rules_in_the_one_court_the_release_names():
    events = parse_release(release(
        "Kestrel applied to the Mataram State Administrative Court on March 2, 2012 to annul the decree. On June 11, "
        "2012 the panel of three judges annulled the revocation decree and ordered the Regent to reinstate the "
        "licence.")).events
    assert [(e.event_type, e.event_date, e.venue) for e in events] == [
        ("legal_proceeding", date(2012, 3, 2), "Mataram State Administrative Court"),
        ("court_judgment", date(2012, 6, 11), "Mataram State Administrative Court")]
    events = parse_release(release(
        "At the conclusion of the hearing on June 12, 2012 His Honour granted an interim injunction restraining the "
        "Association from entering the mine.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("court_judgment", date(2012, 6, 12))]


def test_a_title_revoked_by_decree_transferred_by_decree_or_invalidated_by_an_authority_is_an_expropriation():
    for sentence, day in (
            ("Quilcara revoked the Huaraca concessions by Supreme Decree No. 012-2011-EM on 9 May 2012.",
             date(2012, 5, 9)),
            ("On June 12, 2012 the Government of Altynstan adopted Decree No. 418 transferring the Company's 100% "
             "interest in the Sary-Bulak gold mine to the state-owned company Altynaltyn JSC, without compensation.",
             date(2012, 6, 12)),
            ("The dispute concerns the NEA's invalidation of TTU's mining licence for the Tsagaan Tolgoi uranium "
             "deposit on May 8, 2012.", date(2012, 5, 8))):
        events = parse_release(release(sentence)).events
        assert [(e.event_type, e.event_date) for e in events] == [("expropriation", day)], sentence


def test_a_share_sale_agreement_executed_to_acquire_is_an_acquisition():
    events = parse_release(release(
        "Kestrel announces that on 8 June 2012 it executed a binding Share Sale Agreement with Pindan Nominees Pty Ltd "
        "(\"Pindan\") to acquire 100% of the issued capital of Kalgara Gold Pty Ltd for A$4.0 million.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("acquisition", date(2012, 6, 8), "Pindan Nominees Pty Ltd")]


def test_an_appointment_in_her_place_takes_the_role_left_and_an_agreement_between_two_parties_was_signed():
    events = parse_release(release(
        "Ms Jane Roe has resigned as Company Secretary. Mr Brett Doyle has been appointed in her place, effective 31 "
        "May 2012.")).events
    assert ("executive_appointment", "Brett Doyle", "Company Secretary", date(2012, 5, 31)) in [
        (e.event_type, e.person_name, e.role, e.event_date) for e in events]
    events = parse_release(release(
        "On 20 May 2012 a binding offtake agreement between Kestrel and Meridian Metals Trading AG (\"Meridian\"), a "
        "Swiss-based commodities trader, was signed.")).events
    assert [(e.event_type, e.event_date, e.counterparty) for e in events] == [
        ("agreement", date(2012, 5, 20), "Meridian Metals Trading AG")]


def test_a_sheriff_or_bailiff_who_attaches_the_other_sides_assets_executes_for_the_issuer():
    events = parse_release(release(
        "On 8 May 2012 the Deputy Sheriff attached ZMDC's 50% shareholding in Shamva Tailings (Private) Limited."
    )).events
    assert [(e.event_type, e.event_date) for e in events] == [("enforcement_action", date(2012, 5, 8))]
    # (not the issuer's own assets seized for another's claim)
    events = parse_release(release(
        "On 8 May 2012 the Deputy Sheriff attached the Company's mill equipment at the request of a contractor."
    )).events
    assert [e.event_type for e in events] == []


def test_costs_a_tribunal_also_orders_are_no_ruling_of_their_own():
    events = parse_release(release(
        "On June 4, 2012 the ICSID tribunal ordered Argentina to pay Kestrel Gold US$87.3 million. The Tribunal also "
        "ordered Argentina to bear the costs of the arbitration and to reimburse US$4.1 million of Kestrel Gold's "
        "legal fees and expenses.")).events
    assert [(e.event_type, e.event_date, e.amount) for e in events] == [
        ("arbitration_award", date(2012, 6, 4), 87_300_000)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a day set between the verb and the deal; the seller the company was bought 'from' as the other party
    ("Kestrel completed, on March 27, 2012, the acquisition of Issyk Minerals Ltd. from Bayterek Holdings Ltd. for "
     "US$3.6 million.", [("acquisition", date(2012, 3, 27), "Bayterek Holdings Ltd.")]),
    ("The Company completed on 12 March 2012 the acquisition of the entire issued share capital of Lupa Goldfields "
     "Exploration Limited from Mbeya Mineral Holdings Limited for a consideration of £2.1 million.",
     [("acquisition", date(2012, 3, 12), "Mbeya Mineral Holdings Limited")]),
    # the issuer's own shares placed with investors are a financing, no disposal
    ("On May 2, 2012 the Company sold 2,000,000 common shares at US$3.10 per share to Halvorsen Capital Partners, "
     "for gross proceeds of US$6.2 million.", []),
    # licences a government invalidated
    ("On 5 April 2012 the Government of Mongolia, acting through the Mineral Resources Authority of Mongolia, "
     "invalidated mining licences MV-011452 and MV-011453.", [("expropriation", date(2012, 4, 5), None)]),
    # orders a court made or issued, named by their kind
    ("On March 6, 2012 the High Court of Justice made the administration order and appointed Jonathan Marsh as "
     "administrator of Grampian.", [("court_judgment", date(2012, 3, 6), None)]),
    ("On February 27, 2012, the Court of Appeals issued a temporary restraining order enjoining the DENR from "
     "enforcing the cancellation order.", [("court_judgment", date(2012, 2, 27), None)]),
    ("On May 12, 2012, the High Court of Justice made an order registering the award as a judgment of the High "
     "Court.", [("court_judgment", date(2012, 5, 12), None)]),
    # proceedings begun by a writ issued in a court, an amparo, a notice of dispute delivered on a day
    ("On 6 June 2012 Kestrel issued a writ in the Commercial Division of the High Court of Justice, Accra, against "
     "Adansi.", [("legal_proceeding", date(2012, 6, 6), None)]),
    ("Kestrel filed an amparo indirecto challenging the measure before the Second District Court in the State of "
     "Nayarit on March 22, 2012.", [("legal_proceeding", date(2012, 3, 22), None)]),
    ("The Company's lawyers delivered, on 24 January 2012, a formal notice of dispute to the Government of the United "
     "Republic of Tanzania.", [("legal_proceeding", date(2012, 1, 24), "United Republic of Tanzania")]),
    # the day interest is compounded from is not the award's
    ("The tribunal ordered Ecuador to pay Kestrel US$186.4 million in damages, plus interest at a rate of 4.25% per "
     "annum, compounded annually, from April 18, 2008 until payment.", [("arbitration_award", None, "Ecuador")]),
])
def test_deals_and_rulings_told_in_counsels_words(sentence, expected):
    events = parse_release(release(sentence)).events
    assert [(e.event_type, e.event_date, e.counterparty if e.event_type != "expropriation" else None)
            for e in events] == expected


def test_a_stage_named_after_an_award_triggers_no_award():
    from pressroom.extract import events
    text = "To fund the post-award phase, Kestrel has issued a US$5,000,000 unsecured promissory note."
    assert [t for t, rx, _ in events._TRIGGER_RES if t == "arbitration_award" and rx.search(text)] == []


def test_the_same_date_is_the_one_its_own_sentence_named_before_it():
    events = parse_release(release(
        "On 15 May 2012 the Company entered into a sale and purchase agreement with Hengtai Mining Limited for the "
        "disposal of its Chifeng subsidiary. Ms. Chan Mei Ling has resigned as the Company Secretary with effect "
        "from 1 June 2012, and Mr. Leung Ka Wai has been appointed as the Company Secretary with effect from the same "
        "date.")).events
    assert sorted((e.person_name, e.event_date) for e in events if e.person_name) == [
        ("Chan Mei Ling", date(2012, 6, 1)), ("Leung Ka Wai", date(2012, 6, 1))]


def test_a_step_taken_that_day_takes_the_day_a_sentence_before_opened_with():
    events = parse_release(release(
        "Tuesday 12 June 2012 marked the end of the trial phase. On that day the High Court of Justice (Commercial "
        "Division), Accra, entered judgment for NGML against Volta in the sum of US$6.2 million.")).events
    assert [(e.event_type, e.event_date) for e in events] == [("court_judgment", date(2012, 6, 12))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Board announces the appointment of Mr John Smith as a non-executive director of the Company with effect "
     "from 1 March 2012.", ("executive_appointment", "John Smith", "non-executive director")),
    ("Mr. Jorge Salcido Ruiz, a Hermosillo-based mining lawyer, has joined the board effective May 10, 2012.",
     ("executive_appointment", "Jorge Salcido Ruiz", "Director")),
    ("Mr. Khaled Mansour has joined the board of directors as an independent director.",
     ("executive_appointment", "Khaled Mansour", "independent director")),
    ("The Company is pleased to welcome Ms. Rita Kaur, P.Geo., to its board of directors.",
     ("executive_appointment", "Rita Kaur", "Director")),
    ("Mr. Jaime Quiroga, Vice President, Bolivia, has also left the Company.",
     ("executive_departure", "Jaime Quiroga", "Vice President, Bolivia")),
])
def test_board_seats_and_offices_taken_and_left_in_more_words(sentence, expected):
    events = parse_release(release(sentence)).events
    assert [(e.event_type, e.person_name, e.role) for e in events] == [expected]


def test_an_office_in_apposition_is_no_one_joining_the_board():
    events = parse_release(release(
        "He will be succeeded as Finance Director by Mrs Abena Owusu-Ansah, currently Group Financial Controller, "
        "who will join the Board on the same date.")).events
    assert [(e.event_type, e.person_name) for e in events] == [("executive_appointment", "Abena Owusu-Ansah")]


def test_a_chairman_who_tells_the_board_he_will_retire_at_the_meeting_leaves_and_one_reelected_stays():
    events = parse_release(release(
        "Mr Pieter Joubert has informed the board of his intention to retire as Chairman and as a director at the "
        "conclusion of the annual general meeting on 30 August 2012.")).events
    assert [(e.event_type, e.person_name, e.role, e.event_date) for e in events] == [
        ("executive_departure", "Pieter Joubert", "Chairman", date(2012, 8, 30))]
    events = parse_release(release(
        "Mr Pieter Joubert, who retired by rotation at the annual general meeting, was re-elected as a "
        "director.")).events
    assert events == ()
