// swift-format-ignore-file
// Generated from workbooks/*.yaml by BundledWorkbooksTests (RECORD_GOLDENS=1 swift test). Do not edit.

extension BundledWorkbooks {
    static let generatedSources: [(id: String, text: String)] = [
        (id: "christmas-tree", text: ##"""
# yaml-language-server: $schema=../schemas/workbook.schema.json
workbook: christmas-tree
version: "2009.2"
title: "The HINST 'Christmas Tree' diagnostic (a reconstruction)"
summary: >-
  A reconstruction of the diagnostic that the Health Inequalities National Support Team
  (HINST, or NST) brought to the Spearhead areas it visited, and against which it asked an
  area to test the delivery plan for each contributor to its life expectancy gap. The NST's
  feedback to Manchester (March 2009) calls it the 'Christmas Tree' diagnostic. The NSMC's
  study of Spearhead PCTs describes an NST diagnostic tool, 'Commissioning Healthcare for
  Best Outcomes', that covers twelve areas, the population focus on the left and the
  challenge to providers on the right, and says both sides are needed for good population
  health outcomes. No source joins the two names: reading them as one tool is this
  project's inference. The labels of the twelve areas are not in any source we have (the
  study's figure is not reproduced in its text), so the area titles, their split between
  the two sides, the 0-4 scale and every question are this project's reconstruction. The
  twelve areas are the ten side elements of PHE's later Population Outcomes Through Services
  (POTS) framework, worded in 2009 terms, plus two of its three central elements (service
  volumes and care pathways), placed with the providers; that POTS continues the NST tool is
  also our inference. Rate each question for the delivery plan the response names (for
  example tobacco control), or for the whole area if it names none, on the evidence the room
  can point to, not on intentions.
sources:
  - title: "Sharpening the Spearhead: customer focused public health information to tackle health inequalities"
    publisher: National Social Marketing Centre
    section: "Findings, section 10 'Views on social marketing', Specific tools, item 3 (the NST diagnostic tool 'Commissioning Healthcare for Best Outcomes'); Appendix 2 (its caption); Appendix 5, item 2 (the NST); findings 5 and 7 (using customer-focused information to change services; feedback to customers)"
    note: >-
      Scoping study by Shireen Mathrani for the Department of Health and the NSMC (undated;
      its latest reference is from 2008). Describes the NST tool as covering 12 areas, the
      population focus on the left and the challenge to providers on the right, both needed
      for good population health outcomes; the figure itself is not reproduced in the text.
  - title: "Health Inequalities National Support Team Feedback: Manchester"
    publisher: Health Inequalities National Support Team
    year: 2009
    section: "Recommendations: Vision and Strategy (A, short term delivery); Targets, Trends and Needs Assessments; Frontline Services; Partnership: Structures and Processes (Voluntary Sector); Community Engagement (including Social marketing); NHS Engagement; and the Strengths sections"
    note: >-
      Closing-plenary feedback of an NST visit (March 2009). Asks that the delivery plans for
      each contributor to the life expectancy gap be tested against the 'Christmas Tree'
      diagnostic, and that all interventions be systematically applied, industrially scaled
      and sustainable. Its findings on primary care variation, modelling, the voluntary
      sector, community engagement and social marketing shape the questions here.
  - title: "Place-based approaches for reducing health inequalities: main report"
    publisher: Public Health England
    year: 2021
    section: "Service-based interventions, Figure 8 and the list of elements after it (the POTS framework)"
    note: >-
      Updated 28 September 2021. Lists the 13 POTS elements (5 service delivery, 5
      population, 3 balancing) and the idea of 'weakest links'. It does not mention the NST
      tool; this project reads POTS as a later form of the same symmetric idea, and takes
      the twelve areas' subjects from its ten side elements and two of its balancing ones.
scale:
  levels:
    - value: 0
      label: Not in place
      description: Nothing is in place, or only an intention; the room cannot point to any evidence.
    - value: 1
      label: Emerging
      description: Early or isolated activity, such as a pilot, one practice or one programme, or a plan agreed but not yet delivering.
    - value: 2
      label: Developing
      description: In place for part of the population or some programmes; evidence exists but coverage or consistency is patchy.
    - value: 3
      label: Established
      description: In place across most of the area and the main programmes, used routinely, with evidence that it changes what happens.
    - value: 4
      label: Exemplary
      description: Systematic, at full population scale and sustained; monitored, improving, and something other areas could learn from.
  not_applicable: true
aggregate: median
bands:
  - { id: weak, label: Weak link, below: 1.5, colour: "#c0392b" }
  - { id: developing, label: Developing, below: 2.5, colour: "#b9770e" }
  - { id: strong, label: Strong, colour: "#1e8449" }
layout: symmetric
groups:
  - id: population
    title: Population focus
    position: left
    description: >-
      The side the NSMC study puts on the left of the tool. In this reconstruction: knowing
      the population's needs and the people who are missed, weighting effort towards them, and
      supporting them to take up services and look after their own health.
  - id: provider
    title: Provider challenge
    position: right
    description: >-
      The side the NSMC study puts on the right of the tool. In this reconstruction: what
      commissioners ask of providers, so that the interventions with most effect are delivered
      well, at good value, accessibly, shaped by the people who use them, at the scale the gap
      needs and along joined-up pathways.
elements:
  # ---- Population focus (left) ------------------------------------------------------------
  - id: needs
    group: population
    title: Population needs assessment
    description: >-
      How well the partnership knows where ill health, risk and early death fall across its
      population (by ward, practice, deprivation and group) and which causes drive its life
      expectancy gap.
    questions:
      - id: needs-jsna
        text: Does the Joint Strategic Needs Assessment show how the main causes of the life expectancy gap are distributed across wards, practices and population groups?
        guidance: >-
          Low: a compendium of area-wide averages, rarely opened by commissioners. High:
          ward- and practice-level analysis of the conditions behind the gap (CVD, cancer,
          respiratory disease, infant deaths), refreshed at least yearly and cited in
          commissioning decisions.
        levels:
          0: No JSNA, or one with area averages only
          2: Some small-area analysis, for a few conditions
          4: Small-area and practice analysis for every main contributor, used by commissioners
      - id: needs-contributors
        text: Has the partnership worked out how much each cause of death contributes to its life expectancy gap, for men and for women separately?
        guidance: >-
          Low: the gap is known only as a headline number of years. High: the share of the gap
          due to each cause is quantified for both sexes (for example with the Health
          Inequalities Intervention Tool or observatory analysis) and sets the order of
          priorities.
        levels:
          0: The gap is known only as a number of years
          2: Split by cause for one sex, or only for the largest causes
          4: Split by cause for men and women, and used to order the delivery plans
      - id: needs-segments
        text: Is health information combined with social and geodemographic data (for example Mosaic or Acorn groups, ethnicity, housing) to show which communities carry most of the burden?
        guidance: >-
          Low: health data and social data are held in separate places and never joined.
          High: mortality and prevalence are routinely analysed by segment or community, and
          the results are shared between the NHS and the council.
        levels:
          0: Health and social data are never joined
          2: Joined once, or for one or two topics
          4: Routinely analysed by segment and shared between the NHS and the council
      - id: needs-analysts
        text: Is there enough public health analytical capacity, in the PCT and the council, to keep the picture current and answer commissioners' questions?
        guidance: >-
          Low: one or two analysts, requests queue for months, no link to performance teams.
          High: analysts sit within commissioning and performance functions, are networked
          with the council, the observatory and universities, and turn requests round quickly.

  - id: gap
    group: population
    title: "Knowing the gap: unmet need and missed patients"
    description: >-
      Whether the area knows how many people who would benefit from effective care are not
      getting it (undiagnosed, excepted, not treated to target, not screened) and where they
      are. This area is about counting and finding them; what providers do about it is on
      the right-hand side.
    questions:
      - id: gap-prevalence
        text: Are disease registers compared with expected prevalence, practice by practice, to estimate how many people are undiagnosed (for example hypertension, CHD, diabetes, COPD)?
        guidance: >-
          Low: registers are taken at face value. High: every practice knows its estimated
          number of missing patients for each main condition, and case-finding is planned
          against it.
        levels:
          0: Not done
          2: Done once, or for one or two conditions
          4: Done routinely for all main conditions and used to set case-finding targets
      - id: gap-exceptions
        text: Does the PCT know, practice by practice, how many patients are exception-reported from QOF and who they are?
        guidance: >-
          Low: exception rates sit in the QOF return and nobody reads them. High: practices
          with high exception rates are identified, and the characteristics of the excepted
          patients have been studied, so that the people being left out are known.
        levels:
          0: Exception rates are not looked at
          2: Rates are reviewed by practice, but nothing is known about who is excepted
          4: Rates reviewed by practice, and the excepted patients' characteristics studied
      - id: gap-beyond
        text: For each main condition, does every practice know how many of its registered patients are still not treated to target (for example blood pressure not controlled), and not only whether it earned its QOF points?
        guidance: >-
          Low: earning the maximum QOF points is treated as success, though that needs only
          about 70 per cent achievement. High: the number of registered patients below target
          is counted and tracked in every practice, because 70 per cent achievement leaves 30
          per cent behind, often the most vulnerable.
        levels:
          0: Only QOF points are reported
          2: Counted for one or two conditions, or in some practices
          4: Counted for every main condition in every practice, and tracked over time
      - id: gap-uptake
        text: Is uptake of screening, immunisation and health checks analysed by deprivation and by group, so that the people who miss out are known?
        guidance: >-
          Low: only overall uptake rates are reported. High: uptake is reported by small area,
          practice and equality group, and the gaps found feed straight into targeted work.
        levels:
          0: Only overall uptake rates
          2: Broken down by area or practice for some programmes
          4: Broken down by small area, practice and group for every programme, and acted on

  - id: targeting
    group: population
    title: Equitable targeting and modelled contributions
    description: >-
      How far effort and money are weighted towards the people and places with most to gain,
      with a modelled view of how much each programme and locality must contribute to
      closing the gap.
    questions:
      - id: target-modelled
        text: Has the size of each main programme (how many more people treated, quitting or screened) been modelled against the contribution it must make to the life expectancy and mortality targets?
        guidance: >-
          Low: programmes are sized by the budget available. High: each programme's
          contribution to the gap is quantified, and its volume and resources are set to
          deliver that contribution.
        levels:
          0: No modelling
          2: Modelled for one or two programmes
          4: Modelled for every main contributor, and used to size the programmes
      - id: target-trajectory
        text: Are there trajectories and intermediate milestones, broken down by programme and by locality, against which progress is tracked?
        guidance: >-
          Low: only the national end-point target is known. High: each programme and locality
          has its own trajectory with countdown milestones, reported to the partnership and
          acted on when off track.
        levels:
          0: Only the national end-point target
          2: A trajectory for the whole area, not broken down
          4: Trajectories and milestones for every programme and locality, acted on when off track
      - id: target-weighting
        text: Is the intensity of services and funding deliberately scaled to deprivation and need, rather than spread evenly?
        guidance: >-
          Low: services and funding are shared out per head. High: there is an explicit,
          agreed weighting towards the most deprived neighbourhoods and groups, and it can be
          seen in budgets and staffing.
      - id: target-ambition
        text: Are the local targets ambitious enough to narrow the gap substantially, rather than just meet the national floor target?
        guidance: >-
          Low: the national minimum is the aim and is not checked against what the area
          needs. High: locally agreed stretch targets, owned by the partnership and written
          into the Local Area Agreement and commissioning plans.
        levels:
          0: The national floor target is the aim
          2: Stretch targets for some programmes, not owned by the partnership
          4: Local stretch targets owned by the partnership and in the Local Area Agreement

  - id: engagement
    group: population
    title: Support for engagement and uptake
    description: >-
      How well services and partners reach into communities, especially those seldom seen and
      seldom heard, to build trust and help people take up what is offered.
    questions:
      - id: engage-neighbourhoods
        text: Are services planned around natural neighbourhoods that residents recognise, each with its own community profile?
        guidance: >-
          Low: each organisation uses its own boundaries and no neighbourhood profiles exist.
          High: an agreed map of natural neighbourhoods is used by all partners, with profiles
          combining data and community views.
        levels:
          0: Each organisation plans by its own boundaries
          2: A neighbourhood map exists but not all partners use it
          4: One map of natural neighbourhoods, with profiles, used by every partner
      - id: engage-vcfs
        text: Are voluntary, community and faith organisations funded and supported to reach the groups that statutory services miss?
        guidance: >-
          Low: small, short-term grants only, and no infrastructure body. High: the voluntary
          sector is commissioned on fair terms for its reach into seldom-heard groups, and
          supported to grow into commissioning.
        levels:
          0: Small short-term grants only, and no infrastructure body
          2: Some groups commissioned, or core funding for a few, without a plan
          4: Commissioned on fair terms for their reach, with infrastructure support to grow
      - id: engage-outreach
        text: Do outreach workers (such as health trainers or community health champions) work systematically in the most deprived neighbourhoods, linking people to services?
        guidance: >-
          Low: a few individuals, funded project by project. High: a planned outreach workforce
          covering every priority neighbourhood, with referral routes into services and
          monitored results.
        levels:
          0: No outreach workforce
          2: Outreach in some neighbourhoods or for some topics
          4: Planned, area-wide outreach with referral routes and monitored results

  - id: selfcare
    group: population
    title: Supported self-management
    description: >-
      Support for people with long-term conditions or risk factors, and their families, to
      manage their own health, especially where confidence, skills and resources to do so are
      lowest.
    questions:
      - id: selfcare-programmes
        text: Are self-management programmes (for example Expert Patients or condition education courses) available and taken up in the most deprived areas?
        guidance: >-
          Low: courses exist but are mostly used by more affluent patients. High: courses are
          offered in local venues, in community languages, and uptake from deprived areas is
          monitored and matches need.
        levels:
          0: No programmes
          2: Available, but uptake in deprived areas unknown or low
          4: Available in every locality, with uptake proportionate to need
      - id: selfcare-medicines
        text: Are people helped to take their medicines as intended (for example medicines use reviews and community pharmacy support)?
        guidance: >-
          Low: no systematic support beyond the prescription. High: routine reviews and
          pharmacy follow-up for the main conditions, targeted at those most likely to stop
          taking their treatment.
        levels:
          0: No support beyond the prescription
          2: Reviews for some conditions, not targeted
          4: Routine reviews and follow-up, targeted at people likely to stop treatment
      - id: selfcare-lifestyle
        text: Can people get ongoing help with smoking, alcohol, weight and activity close to where they live?
        guidance: >-
          Low: help is available only at a central site or for a short course. High: local,
          flexible, continuing support in every locality, with easy self-referral.
        levels:
          0: Help only at a central site, or none
          2: Local help for some topics or in some localities
          4: Continuing local help for every topic in every locality, with self-referral
      - id: selfcare-wider
        text: Does self-management support address barriers beyond health, such as work, debt, housing or cold homes?
        guidance: >-
          Low: support stops at clinical advice. High: routine links to employment support,
          welfare and debt advice and affordable warmth schemes, for example through condition
          management programmes run with Jobcentre Plus.

  # ---- Provider challenge (right) ------------------------------------------------------
  - id: efficacy
    group: provider
    title: Interventions of proven efficacy
    description: >-
      Whether the interventions commissioned to narrow the gap are those with the strongest
      evidence of effect at population level, such as tobacco control, treatment of blood
      pressure and cholesterol, and action on infant mortality.
    questions:
      - id: efficacy-evidence
        text: Is each main contributor to the gap matched to interventions of proven efficacy (NICE guidance, national evidence reviews)?
        guidance: >-
          Low: programmes are chosen by habit or local enthusiasm. High: each programme names
          the evidence it rests on, and what the evidence says would be needed for a
          population-level effect.
        levels:
          0: No link made between programmes and evidence
          2: Evidence cited for some programmes
          4: Every programme tied to strong evidence of population effect
      - id: efficacy-coverage
        text: Do the delivery plans cover all the significant causes of excess deaths, including those often left out (for example seasonal excess deaths and COPD)?
        guidance: >-
          Low: plans cover only CVD and cancer. High: there is a delivery plan for every cause
          that contributes materially to the gap, each with SMART objectives and a named lead.
        levels:
          0: Plans for one or two causes only
          2: Plans for most causes, with some significant causes left out
          4: A delivery plan for every significant cause, each with SMART objectives and a lead
      - id: efficacy-review
        text: Are interventions with weak or no evidence reviewed, and resources moved to ones with stronger evidence?
        guidance: >-
          Low: nothing is ever stopped. High: a regular review, with examples of money moved
          from weaker to stronger interventions.

  - id: effectiveness
    group: provider
    title: Local service effectiveness
    description: >-
      How consistently services, general practice above all, deliver effective interventions
      well, and how firmly commissioners tackle variation between practices and providers.
    questions:
      - id: effect-variation
        text: Is practice-level performance on key outcomes (for example QOF results for diabetes, CHD and COPD) compared like with like, to find the outliers?
        guidance: >-
          Low: only area averages are reported. High: practices are clustered with similar
          populations, outcome indicators compared within clusters, and both high flyers and
          poor performers are known.
        levels:
          0: No practice-level comparison
          2: Practice data compared, without allowing for population differences
          4: Like-for-like comparison on outcomes, reviewed regularly
      - id: effect-recovery
        text: Do persistently under-performing practices get a structured recovery plan, with both challenge and support from the PCT?
        guidance: >-
          Low: poor performance is tolerated or compensated for. High: a joined-up case
          review, a recovery plan owned by the practice, and support (nursing, practice
          management, medicines management) tied to it.
        levels:
          0: Poor performance is tolerated
          2: Some practices get support, without a recovery plan
          4: Every persistently poor performer has a recovery plan with challenge and support
      - id: effect-raise-bar
        text: Are local incentives used to reward practices for treating more of their patients than the national QOF thresholds require, especially those hardest to reach?
        guidance: >-
          Low: the QOF maximum is the ceiling. High: local schemes (for example QOF-plus or a
          quality improvement framework) pay for higher achievement and fewer exceptions, with
          development support for practices that need it.
        levels:
          0: The QOF maximum is the ceiling
          2: A local scheme in some practices or for one condition
          4: Local incentives for higher achievement across practices, with development support
      - id: effect-feedback
        text: Do practices and providers receive regular, easy-to-read feedback on their performance compared with their peers?
        guidance: >-
          Low: no feedback, or raw data extracts. High: regular, well-presented practice
          profiles, discussed with clinicians, with good performance recognised.
      - id: effect-contract
        text: Where a practice's performance does not respond to support, is firm action taken (contract action or re-procurement)?
        guidance: >-
          Low: no action, whatever the results. High: a clear, fair escalation route that has
          been used when needed. Answer 'na' if no practice reached that point in the period.

  - id: cost
    group: provider
    title: Cost effectiveness
    description: >-
      Whether programmes are chosen and run with regard to their cost per outcome and return
      on investment, so that limited money buys the largest reduction in the gap.
    questions:
      - id: cost-compare
        text: Are the costs and expected health gains of the main programmes estimated, so they can be compared with each other?
        guidance: >-
          Low: costs are known, outcomes are not. High: cost per outcome (for example per
          quitter, per death averted) is estimated for each main programme and used in
          decisions.
        levels:
          0: Costs known, outcomes not estimated
          2: Cost per outcome estimated for one or two programmes
          4: Estimated for every main programme and used to choose between them
      - id: cost-prescribing
        text: Is prescribing for the main conditions (for example statins and blood pressure drugs) supported to be both effective and cost effective in every practice?
        guidance: >-
          Low: no prescribing support. High: a medicines management team works with every
          practice and can show gains in both quality and value.
      - id: cost-acute
        text: Has the effect of prevention on emergency admissions and hospital spending been modelled and used in business cases?
        guidance: >-
          Low: prevention is argued for on principle only. High: business cases show the
          expected effect on unplanned hospital use, with assumptions and milestones that can
          be tested.
      - id: cost-protect
        text: Are prevention programmes protected when unplanned hospital activity puts pressure on budgets?
        guidance: >-
          Low: prevention and health promotion are the first things cut. High: an agreed,
          ring-fenced investment, backed by the board, that has survived a difficult year.
        levels:
          0: Prevention is the first thing cut
          2: Some programmes protected, others cut when money is short
          4: Agreed, ring-fenced investment that has survived a difficult year

  - id: access
    group: provider
    title: Accessibility of services
    description: >-
      Whether services are easy to reach and use for those with most need: where and when they
      are offered, how they are offered, and whether use is equal across groups.
    questions:
      - id: access-location
        text: Are services offered where and when the most disadvantaged groups can use them (for example community pharmacies, neighbourhood centres, evenings and weekends)?
        guidance: >-
          Low: services run from central sites in office hours. High: services come to people,
          in local venues and at times that suit them.
        levels:
          0: Central sites in office hours only
          2: Some services in local venues or at extended hours
          4: Every main service offered locally and at times that suit those with most need
      - id: access-equity
        text: Is use of services monitored by deprivation, ethnicity and other equality groups, and acted on when it is unequal?
        guidance: >-
          Low: use is not broken down. High: equity of use is reported for the main services,
          and unequal use leads to a change in the service.
        levels:
          0: Not monitored
          2: Monitored for a few services, with little action
          4: Monitored for all main services, with changes made when use is unequal
      - id: access-offer
        text: Is there a customer access strategy that changes how services are offered, booked and explained to different groups, built on segmentation of the population?
        guidance: >-
          Low: one offer for everyone; segmentation, if any, produces descriptive maps. High:
          an access strategy built from segmentation and insight, applied across NHS and
          council services.
      - id: access-impact
        text: Do equality and health inequality impact assessments of business cases, service changes and tenders actually change decisions?
        guidance: >-
          Low: assessments are not done, or are a box ticked after the decision. High: every
          major decision has one, and there are examples of decisions changed by them.
        levels:
          0: No assessments, or done after the decision
          2: Done for most decisions; rarely change them
          4: Done for every major decision, with examples of decisions changed

  - id: service-engagement
    group: provider
    title: Service and user engagement
    description: >-
      Whether services are designed, changed and delivered with what the people who use them,
      and those who could but do not, say about them: customer insight gathered well, used in
      commissioning, and fed back.
    questions:
      - id: insight-qualitative
        text: Is qualitative insight (interviews, focus groups, journey mapping) gathered from the groups least well served, and not only survey data?
        guidance: >-
          Low: insight comes from general surveys and citizens' panels that seldom reach the
          groups in question. High: regular, well-run qualitative work with the groups with
          worst outcomes, on the topics that drive the gap.
        levels:
          0: Surveys and panels only
          2: One-off qualitative work on one or two topics
          4: A rolling programme of qualitative work with the groups with worst outcomes
      - id: insight-commissioning
        text: Do commissioners use what users and non-users say (customer insight) when they write service specifications and decide investments?
        guidance: >-
          Low: insight sits in public health reports. High: specifications and business cases
          show what users said and how the service was changed because of it.
        levels:
          0: Insight is not used in commissioning
          2: Used for some campaigns or services
          4: A routine part of every major specification and business case
      - id: insight-frontline
        text: Are frontline staff trained and expected to gather what the people they serve say, and to pass it to commissioners?
        guidance: >-
          Low: insight is left to specialists or bought in. High: frontline staff across NHS
          and council services are trained to gather insight, and there is a route for it to
          reach commissioners.
      - id: insight-feedback
        text: Can the partnership show services that changed because of what people said, and are those people told what changed?
        guidance: >-
          Low: people are asked once, after decisions are made, and not told what happened.
          High: a continuous loop, with several recent examples of services changed by what
          people said and results reported back to the people who took part.
        levels:
          0: People are asked once and not told what happened
          2: Some examples of services changed; people seldom told
          4: A continuous loop, with several recent changes reported back to the people who took part

  - id: volumes
    group: provider
    title: Service volumes at population scale
    description: >-
      Whether effective interventions are commissioned at the volume needed to change
      population outcomes (systematic, at 'industrial' scale and sustained) rather than as
      pilots and small projects.
    questions:
      - id: volume-scale
        text: Are the main interventions commissioned to reach a large share of the people who could benefit (for example of eligible smokers, or of people at high CVD risk), rather than at pilot or project size?
        guidance: >-
          Low: volumes are set by history or by the budget left over, and reach a small
          fraction of those eligible. High: each main intervention reaches most of the eligible
          population, including the people newly found.
        levels:
          0: Pilot or project size only
          2: Some interventions reach a large share of those eligible
          4: Every main intervention reaches most of the people who could benefit
      - id: volume-rollout
        text: Do successful pilots (for example targeted CVD risk screening) have a funded plan to roll out across the whole area?
        guidance: >-
          Low: pilots end when their funding ends. High: roll-out is planned and funded
          before the pilot finishes, with a date for full coverage.
      - id: volume-every-contact
        text: Do provider contracts require frontline staff to ask about smoking, alcohol and weight, give brief advice and refer, with the activity monitored?
        guidance: >-
          Low: left to individual staff. High: a health gain schedule in every provider
          contract (screening questions, brief intervention training, referral routes and
          activity monitoring), with council providers doing the same.
        levels:
          0: Nothing in contracts
          2: In some contracts, or without activity monitoring
          4: A health gain schedule in every NHS and council provider contract, monitored
      - id: volume-sustained
        text: Is funding for the main programmes secure beyond the current year, in mainstream budgets rather than short-term grants?
        guidance: >-
          Low: most programmes depend on time-limited money. High: the core programmes are in
          recurrent mainstream budgets of the PCT and council.
        levels:
          0: Most programmes on time-limited money
          2: Some core programmes in mainstream budgets
          4: Every core programme in recurrent mainstream budgets

  - id: pathways
    group: provider
    title: Joined-up care pathways
    description: >-
      Whether primary, community, specialist and social care are commissioned as one system
      around each main condition, so that people move through care without bottlenecks and
      weaker practices get specialist help.
    questions:
      - id: path-condition
        text: Are there whole-system pathways for the main conditions (for example diabetes, COPD, CVD), with outcomes shared by primary, community and hospital care?
        guidance: >-
          Low: each sector is commissioned separately. High: pathways are commissioned as a
          whole, against outcomes they share (for example HbA1c or blood pressure control
          across the registered population).
        levels:
          0: No agreed pathways
          2: Pathways agreed for some conditions, not commissioned as a whole
          4: Whole-system pathways with shared outcomes for every main condition
      - id: path-support
        text: Do specialist services support the practices that cannot yet offer the full package of care (in-reach, training, graded support)?
        guidance: >-
          Low: specialists see referrals only. High: practices are graded, specialists work
          alongside the weaker ones, and practices take on more care as they improve.
        levels:
          0: Specialists see referrals only
          2: Specialist in-reach to some practices, informally
          4: Practices graded, with specialists working alongside the weaker ones
      - id: path-monitor
        text: Is the use and effect of agreed pathways monitored, so that they work by design and not just through good personal relationships?
        guidance: >-
          Low: pathways depend on who knows whom. High: pathway use and results are monitored
          for every practice and provider, and gaps are followed up.
      - id: path-capacity
        text: Is there enough capacity at each step, from finding people to treatment and follow-up, to avoid bottlenecks when more people are identified?
        guidance: >-
          Low: case-finding creates waiting lists further down the pathway. High: capacity at
          each step is planned together, from modelled numbers.
        levels:
          0: Case-finding creates waiting lists
          2: Capacity added after bottlenecks appear
          4: Capacity at every step planned together, ahead of case-finding
weakest_links: { below: 1.5, show: 3 }
consensus: { max_spread: 2 }
rules:
  - id: sides-unbalanced
    when: abs(group.population.score - group.provider.score) >= 1
    severity: warning
    message: "Population focus ({group.population.score}) and provider challenge ({group.provider.score}) are out of balance: one side is carrying the other."
    recommendation: >-
      Attention to the provider side alone gives good health service results, not good
      population health results: both sides are needed. Bring the weaker side's areas into the delivery plan for every
      contributor to the gap, with a named lead and milestones.
  - id: weak-area
    for_each: element
    when: score < 1.5
    severity: warning
    message: "{title} is a weak link ({score} out of 4)."
    recommendation: >-
      Test each delivery plan against this area: say what will be in place by the next
      review, who leads it and how progress will be seen, and ask the NST or regional team
      for examples from areas where it is strong.
  - id: several-weak
    when: count(elements, e, e.score < 1.5) >= 3
    severity: critical
    message: "Three or more of the twelve areas are weak links; the overall score is {overall.score}."
    recommendation: >-
      With several weak links, the plans are unlikely to deliver population-level change
      whatever the strengths elsewhere. Agree a small number of areas to fix first, starting
      with those that the other areas depend on, rather than spreading effort thinly.
  - id: gap-unmeasured
    when: element.needs.score >= 2.5 and element.gap.score < 2
    severity: warning
    message: "The needs assessment is good ({element.needs.score}) but the number of people missed is not known ({element.gap.score})."
    recommendation: >-
      Turn the needs assessment into counts of missing people: undiagnosed patients against
      expected prevalence, excepted patients, and patients below target, practice by
      practice, and use them to set case-finding and recall targets.
  - id: evidence-not-at-scale
    when: element.efficacy.score >= 2.5 and element.volumes.score < 2
    severity: warning
    message: "Effective interventions are known ({element.efficacy.score}) but not commissioned at the scale the gap needs ({element.volumes.score})."
    recommendation: >-
      Model the volume each programme needs to contribute its share of the gap, and
      commission to that volume, systematically and sustainably, rather than through pilots.

"""##),
        (id: "community-engagement", text: ##"""
# yaml-language-server: $schema=../schemas/workbook.schema.json
# The NST community engagement good-practice framework: three headings and fourteen elements.
# The headings, the elements and their order come from the Health Inequalities National Support
# Team's feedback to Manchester (see sources), which lists them without describing them. Everything
# else in this file (descriptions, questions, guidance, level wording, the 0-4 scale, bands and
# rules) is this project's own reconstruction. See docs/workbooks/community-engagement.md.
workbook: community-engagement
version: "2009.1"
title: Community engagement (the NST good-practice framework)
summary: >-
  This workbook asks whether a partnership's approach to community engagement is systematic,
  comprehensive and strategic, rather than a set of one-off projects, and whether it reaches the
  people least able to speak up for themselves. It follows the good-practice framework of the
  Health Inequalities National Support Team (NST): fourteen elements under three headings.
  Structures and profiling asks whether the partnership knows its neighbourhoods and communities
  and plans with them; community engagement and building social capital asks how it develops
  people and networks and shares power with them; service delivery and strategic support asks
  whether services, staff, buildings and organisation are set up for engagement. Rate for the
  partnership as a whole (council, NHS, voluntary and community sector), on evidence the room can
  point to. The NST feedback that is the only source names the headings and elements but does not
  describe them: the descriptions, the 0-4 scale, the level labels, the questions, their guidance,
  the bands and the rules are this project's reconstruction, drawn where it can be from what the
  same feedback says about each element in one area, and scores from this workbook cannot be
  compared with any NST assessment.
sources:
  - title: "Health Inequalities National Support Team Feedback: Manchester"
    publisher: Health Inequalities National Support Team
    year: 2009
    section: >-
      Strengths, "Community Engagement" (the framework's list of three headings and fourteen
      elements, and the strengths found under several of them); Recommendations, "Community
      Engagement" (neighbourhood structures, neighbourhood management, communities of identity and
      interest, neighbourhood service centres, social marketing) and "NHS engagement with
      communities"; the opening text on the community health level of the population health
      triangle
    note: >-
      Closing-plenary feedback of an NST visit, March 2009. Names the framework as the elements
      needed for a systematic, comprehensive and effective strategic approach to community
      engagement, and lists them. It gives no description, standard or questions for any element.
      For eight of the fourteen, its strengths and recommendations for Manchester have a passage
      under the element's own name, and those passages shape the questions here; for four more
      (community consultation, community empowerment, staffing, service delivery) passages
      elsewhere in the feedback touch the subject; for two (neighbourhood action planning and
      community partnership) the questions rest on the element's name and the feedback's general
      points only.
scale:
  levels:
    - value: 0
      label: Not in place
      description: Nothing is in place, or nobody in the room can point to anything.
    - value: 1
      label: Emerging
      description: >-
        One-off or project-based activity in a few neighbourhoods, dependent on short-term money or
        a few committed people.
    - value: 2
      label: Developing
      description: >-
        Agreed and partly working: in place for some partners, neighbourhoods or communities, with
        known gaps.
    - value: 3
      label: Established
      description: >-
        Systematic across the partnership and most neighbourhoods and communities, resourced, and
        shaping what services do.
    - value: 4
      label: Exemplary
      description: >-
        Established everywhere, reaching the least heard, reviewed with communities, and something
        other areas could learn from.
  not_applicable: true
aggregate: median
bands:
  - { id: weak, label: Weak link, below: 2.0, colour: "#c0392b" }
  - { id: developing, label: Developing, below: 3.0, colour: "#b9770e" }
  - { id: strong, label: Strong, colour: "#1e8449" }
layout: radar
groups:
  - id: structures
    title: Structures and profiling
    description: >-
      Knowing the place: the neighbourhoods residents recognise, how they are managed, the
      communities of identity and interest, what the profiles of each show, and plans made with
      them.
  - id: social-capital
    title: Community engagement and building social capital
    description: >-
      Working with people: developing their skills and their networks, and consulting, partnering
      and sharing power with them.
  - id: service-support
    title: Service delivery and strategic support
    description: >-
      Setting services up for engagement: the staff, the way services are delivered, the
      neighbourhood centres they work from, and how engagement is organised across the partnership.
elements:
  # ================================================================== Structures and profiling
  - id: neighbourhood-structures
    group: structures
    title: Neighbourhood structures
    description: >-
      An agreed map of neighbourhoods that residents themselves recognise, used by every partner as
      the building block for planning and delivering services.
    questions:
      - id: struct-natural
        text: >-
          Has the partnership mapped the neighbourhoods that residents recognise (their "natural"
          neighbourhoods and the boundaries they will not cross), not only administrative areas?
        guidance: >-
          Low: only wards, practice lists and service districts exist. High: a map of natural
          neighbourhoods, made with residents, that includes the boundaries between communities.
        levels:
          0: Only administrative boundaries are used.
          2: A map of natural neighbourhoods exists but only one partner uses it.
          4: An agreed neighbourhood map, made with residents, that every partner plans by.
      - id: struct-coterminous
        text: >-
          Do partners' locality structures (general practice groupings, regeneration areas,
          children's and adult services, healthy living areas) line up, or is there a plan to bring
          them into line?
        guidance: >-
          Low: each partner has its own, overlapping set of localities. High: coterminous units, or
          an agreed way of relating each partner's areas to the same neighbourhoods.
      - id: struct-siting
        text: >-
          Are decisions on where to put services and community facilities checked against the
          boundaries that matter to residents?
        guidance: >-
          Low: sites are chosen by cost and availability alone. High: siting decisions record how
          the neighbourhood map and residents' views were used.
      - id: struct-intensity
        text: >-
          Is the intensity and mix of services in each neighbourhood set to its level of
          deprivation and need?
        guidance: >-
          Low: every neighbourhood gets the same offer. High: service levels are calibrated to
          deprivation, and the calibration is written down and reviewed.

  - id: neighbourhood-management
    group: structures
    title: Neighbourhood management
    description: >-
      Arrangements that bring the services working in a neighbourhood (housing, health, policing,
      education, employment and the street environment) into regular dialogue with its residents,
      as equal partners.
    questions:
      - id: manage-resourced
        text: >-
          Are neighbourhood or ward coordination arrangements resourced well enough to bring
          services and residents together?
        guidance: >-
          Low: a coordinator for a day a week for a ward of 10,000 people. High: dedicated
          neighbourhood managers or coordinators with time and budget to convene services and
          residents.
        levels:
          0: There is no neighbourhood coordination.
          2: Coordination exists but is too thinly spread to do more than respond to complaints.
          4: Every neighbourhood has a coordinator with time and a budget to convene services and residents.
      - id: manage-health-in
        text: >-
          Do health services (general practice, community health, public health) take part in
          neighbourhood management alongside the council, police and housing?
        guidance: >-
          Low: neighbourhood meetings are council and police only. High: named health staff attend
          and act on what neighbourhoods raise.
      - id: manage-equal
        text: >-
          Do the partners share responsibility for neighbourhood management equally, rather than
          leaving it to one organisation?
        guidance: >-
          Low: one partner funds and runs it and others attend when asked. High: an agreed split of
          funding and responsibility across housing, health, policing, education, employment and
          the street environment.
      - id: manage-dialogue
        text: >-
          Does neighbourhood management lead to meaningful dialogue with residents that changes what
          services do?
        guidance: >-
          Low: residents are informed. High: residents set neighbourhood priorities with services,
          and can point to changes that followed.

  - id: identity-interest
    group: structures
    title: Communities of identity and interest
    description: >-
      Working with communities that are defined by who people are or what they share (ethnicity,
      faith, sexuality, disability, age) as well as where they live, and monitoring whether they get
      fair use of services.
    questions:
      - id: identity-recognised
        text: >-
          Has the partnership identified the communities of identity and interest in the area and
          does it have working links with groups that represent them?
        guidance: >-
          Low: no list, and contact only through general consultation. High: communities mirroring
          the equality strands are identified, with standing relationships with their forums and
          organisations.
      - id: identity-equality-use
        text: >-
          Is the equality of service use monitored, by comparing who uses services with the
          population, across the council, the NHS and primary care?
        guidance: >-
          Low: use of services is not analysed by group. High: a shared approach across partners,
          including general practice, that reports use against population and acts on the gaps.
        levels:
          0: Nobody compares service use with the population.
          2: One partner analyses service use by group; others do not, and primary care is not covered.
          4: All partners, primary care included, monitor use against population together and act on gaps.
      - id: identity-impact
        text: >-
          Do equality impact assessments of plans and business cases change what is decided?
        guidance: >-
          Low: assessments are a form filled in after the decision. High: there are examples where
          an assessment changed a policy, a service redesign or a tender, and staff are trained to
          do them.

  - id: profiling
    group: structures
    title: Neighbourhood and community profiling
    description: >-
      Profiles of each neighbourhood and community (health, social and economic, and what residents
      say) that partners share and use.
    questions:
      - id: profile-neighbourhood
        text: >-
          Is there an up-to-date profile for each neighbourhood that includes health as well as
          social and economic information?
        guidance: >-
          Low: profiles exist for the whole area only. High: each neighbourhood has a profile,
          refreshed on a known cycle, with health data in it.
      - id: profile-community-views
        text: >-
          Do the profiles include what residents and communities say, not only statistics?
        guidance: >-
          Low: data only. High: community views gathered systematically sit alongside the data in
          each profile.
      - id: profile-segmentation
        text: >-
          Is segmentation of the population (by lifestyle, attitudes and likely response) overlaid
          on the neighbourhood profiles?
        guidance: >-
          Low: no segmentation, or a segmentation nobody has linked to places. High: segment maps
          per neighbourhood, used to decide how to approach each community.
      - id: profile-used
        text: >-
          Do partners use the profiles to plan and commission, for example in the needs assessment?
        guidance: >-
          Low: profiles are published and not referred to. High: commissioners and neighbourhood
          teams can name decisions the profiles shaped.

  - id: action-planning
    group: structures
    title: Neighbourhood action planning
    description: >-
      Plans for each neighbourhood, agreed between services and residents, that turn the profiles
      into action.
    questions:
      - id: action-plans
        text: >-
          Does each priority neighbourhood have an action plan agreed between services and
          residents?
        guidance: >-
          Low: no neighbourhood plans, or plans for regeneration areas only. High: every priority
          neighbourhood has a current plan with actions for health.
        levels:
          0: No neighbourhood has an action plan.
          2: Some neighbourhoods have plans, mostly without health actions.
          4: Every priority neighbourhood has a current plan, health included, agreed with residents.
      - id: action-from-profile
        text: >-
          Do the plans follow from the neighbourhood profile and from what residents want?
        guidance: >-
          Low: plans list existing services. High: each plan shows which needs in the profile it
          addresses and which residents' priorities it takes up.
      - id: action-resourced
        text: >-
          Are the actions in neighbourhood plans owned and resourced by the partners, with progress
          reported back to residents?
        guidance: >-
          Low: actions have no owner or budget. High: each action has an owner and resources, and
          progress is reported back at neighbourhood meetings.

  # ================================================================== Community engagement and building social capital
  - id: human-capital
    group: social-capital
    title: Development of human capital
    description: >-
      Building the skills, confidence and employability of residents, so that they can take part as
      expert partners and improve their own prospects.
    questions:
      - id: human-expert-partners
        text: >-
          Are residents and members of partnership boards trained and supported to take part as
          expert partners (for example through training or job shadowing)?
        guidance: >-
          Low: residents are invited to meetings without preparation. High: a programme of training
          and support, taken up by residents from the most disadvantaged communities.
      - id: human-skills
        text: >-
          Are there programmes that build residents' skills and employability, reaching households
          that are disengaged?
        guidance: >-
          Low: general adult learning only, taken up by those already engaged. High: programmes
          that seek out disengaged households and link skills to jobs.
        levels:
          0: No such programmes.
          2: Programmes exist but mostly reach people already in contact with services.
          4: Programmes reach disengaged households systematically and lead to jobs or further learning.
      - id: human-roles
        text: >-
          Are residents recruited and trained into health roles (health champions, volunteers, lay
          health workers, local jobs in services)?
        guidance: >-
          Low: none, or a small pilot. High: a standing programme with a pathway into paid roles.

  - id: social-capital
    group: social-capital
    title: Development of social capital
    description: >-
      Strengthening the networks, trust and cohesion within and between communities: between
      generations, between ethnic communities, and through local groups and events.
    questions:
      - id: social-culture
        text: >-
          Is developing social capital (networks, trust, cohesion) a deliberate aim of the
          partnership, with examples across the area?
        guidance: >-
          Low: a few projects that happen to build networks. High: a stated aim, with activity in
          every priority neighbourhood and community.
      - id: social-bridging
        text: >-
          Is there work that builds links between groups: between generations, between ethnic
          communities, between newcomers and settled residents?
        guidance: >-
          Low: none. High: regular, resourced programmes whose effect on relations between groups
          is checked.
      - id: social-scaled
        text: >-
          Are community health programmes that build networks (for example healthy living networks)
          scaled up from pilots across the area?
        guidance: >-
          Low: pilots end when the funding ends. High: successful pilots are rolled out to every
          priority neighbourhood with mainstream funding.
        levels:
          0: No such programmes.
          2: Pilots in a few neighbourhoods.
          4: Rolled out across all priority neighbourhoods with mainstream funding.

  - id: consultation
    group: social-capital
    title: Community consultation
    description: >-
      Asking residents and communities for their views, in ways that reach the seldom heard, and
      showing them what happened as a result.
    questions:
      - id: consult-ongoing
        text: >-
          Is there an ongoing range of ways to consult residents (surveys, panels, membership
          schemes, meetings), not only one-off consultations?
        guidance: >-
          Low: consultation happens when a statutory duty requires it. High: a standing menu of
          methods, including a panel that can be analysed by segment or community.
      - id: consult-seldom-heard
        text: >-
          Does consultation reach the groups least likely to respond (the "seldom seen, seldom
          heard")?
        guidance: >-
          Low: respondents are the usual few. High: targeted methods for seldom-heard groups, and
          the profile of respondents is checked against the population.
        levels:
          0: Nobody checks who responds.
          2: Some targeted methods, but respondents still mostly come from the better-off.
          4: Respondents reflect the population, including the least heard, and this is checked.
      - id: consult-feedback
        text: >-
          Are people told what changed as a result, and is their involvement kept up between
          consultation and delivery?
        guidance: >-
          Low: results are not reported back, and interest falls away. High: "you said, we did"
          feedback, and a way (such as a friends group) to keep people involved until the service
          opens.

  - id: partnership
    group: social-capital
    title: Community partnership
    description: >-
      Residents and community organisations working with the statutory partners as partners, in the
      bodies that plan and decide, not only as people to be consulted.
    questions:
      - id: partner-seats
        text: >-
          Do residents and community organisations sit on the partnership's boards and groups that
          plan and decide, with the support to take part?
        guidance: >-
          Low: no community members, or one token seat. High: community representatives on the main
          boards and groups, chosen by communities and supported to take part.
        levels:
          0: No resident or community seats.
          2: Seats exist, but members rarely shape decisions.
          4: Community members sit where decisions are made and can show decisions they changed.
      - id: partner-reference-groups
        text: >-
          Do community reference groups and patient and public voice bodies have a real say in NHS
          and council plans?
        guidance: >-
          Low: they are informed after decisions. High: they are consulted early and their advice is
          answered in writing.
      - id: partner-joint-work
        text: >-
          Do statutory services and community organisations plan and deliver work jointly in
          neighbourhoods?
        guidance: >-
          Low: community groups are grant recipients. High: joint plans and shared delivery, with
          each side's part agreed.

  - id: empowerment
    group: social-capital
    title: Community empowerment
    description: >-
      Communities taking control: leading their own projects and services, holding resources, and
      shaping decisions that affect them.
    questions:
      - id: empower-led
        text: >-
          Are there community-led services and projects for health, run by residents or community
          organisations?
        guidance: >-
          Low: none. High: community-led services and projects in every priority neighbourhood,
          with support to sustain them.
      - id: empower-resources
        text: >-
          Do communities control some resources (budgets, assets, grants) and decide how they are
          used?
        guidance: >-
          Low: all money is held and allocated by the statutory partners. High: participatory
          budgets, community-held assets or devolved funds, with results reported.
        levels:
          0: Communities control no resources.
          2: Small grants that communities apply for, decided by officers.
          4: Communities decide on real budgets or hold assets, with support and reporting.
      - id: empower-influence
        text: >-
          Can residents show where they have changed a decision or a service that affects their
          health?
        guidance: >-
          Low: no examples. High: recent, recorded examples across several services and
          neighbourhoods.

  # ================================================================== Service delivery and strategic support
  - id: staffing
    group: service-support
    title: Staffing for engagement
    description: >-
      Enough staff, with the right skills and time, dedicated to engaging communities and
      neighbourhoods. (The source's name: staffing for community and neighbourhood engagement.)
    questions:
      - id: staff-dedicated
        text: >-
          Is there sufficient dedicated staffing for engagement in each neighbourhood or catchment?
        guidance: >-
          Low: engagement is an add-on to other jobs. High: dedicated posts for each neighbourhood
          or catchment, matched to its size and need.
        levels:
          0: No one's job is engagement.
          2: A central team, too small to work in every neighbourhood.
          4: Dedicated staff for every neighbourhood, matched to its need.
      - id: staff-street-workforce
        text: >-
          Is there a street-level workforce (health trainers, community workers, outreach staff)
          that works in communities rather than waiting for them?
        guidance: >-
          Low: none, or a small team on short-term funding. High: a standing street workforce
          covering the most deprived neighbourhoods, linked to services.
      - id: staff-skills
        text: >-
          Are front-line staff trained to engage communities and to gather insight from them?
        guidance: >-
          Low: training is for managers and commissioners only. High: front-line staff across
          partners are trained to engage and to pass on what they learn.

  - id: service-delivery
    group: service-support
    title: Service delivery for engagement
    description: >-
      Services delivered in ways that engage communities: outreach, two-way links into
      neighbourhoods, and an approach fitted to what different groups prefer. (The source's name:
      service delivery for community and neighbourhood engagement.)
    questions:
      - id: deliver-outreach
        text: >-
          Do services reach out to the people least likely to use them, rather than waiting for
          them to come?
        guidance: >-
          Low: services are offered from their buildings at fixed times. High: outreach is planned
          from an understanding of who is not reached, and its reach is measured.
        levels:
          0: No outreach.
          2: Some outreach, not planned from who is missed.
          4: Outreach planned from who is missed, with its reach measured.
      - id: deliver-two-way
        text: >-
          Are there two-way links between services and neighbourhoods, so that services learn from
          communities as well as inform them?
        guidance: >-
          Low: communication goes one way, from services. High: regular channels that bring
          community intelligence back into services.
      - id: deliver-access-strategies
        text: >-
          Do services change their front end (how people first make contact) to suit what different
          population segments prefer?
        guidance: >-
          Low: one way in for everyone. High: access strategies built on segment preferences, across
          a range of services.
      - id: deliver-every-contact
        text: >-
          Do front-line staff across partners use their contacts with residents to promote health and
          refer people on?
        guidance: >-
          Low: only health staff do this. High: staff across partners, and the providers they
          commission, are trained and expected to do it, and it is monitored.

  - id: service-centres
    group: service-support
    title: Neighbourhood service centres
    description: >-
      Centres in neighbourhoods (primary care or healthy living centres, schools, employment and
      training points) that bring services together and are used as bases for engagement.
    questions:
      - id: centres-joint
        text: >-
          Are services co-located in neighbourhood centres, so that residents can reach health,
          learning, employment and other services in one place?
        guidance: >-
          Low: single-service buildings. High: joint service centres in priority neighbourhoods,
          with partners' services side by side.
        levels:
          0: No neighbourhood centres bring services together.
          2: A few joint centres, mostly one lead service with others visiting.
          4: Joint centres in every priority neighbourhood, with services side by side.
      - id: centres-reach
        text: >-
          Does each centre know how far it reaches into its catchment and its communities, and map
          the resources around it?
        guidance: >-
          Low: nobody knows who uses the centre or where they come from. High: a map of the
          centre's hinterland (statutory services, street workforce, facilities, voluntary
          resources) and of who it reaches.
      - id: centres-involvement
        text: >-
          Are residents involved in planning new centres and kept involved through to opening and
          after?
        guidance: >-
          Low: one consultation, then silence until the doors open. High: ongoing involvement, for
          example a friends group, from design to running.
      - id: centres-engagement-base
        text: >-
          Are the centres used as bases for engagement and outreach into the community, not only for
          appointments?
        guidance: >-
          Low: centres are used for clinics only. High: outreach teams and community groups work
          from them.

  - id: service-organisation
    group: service-support
    title: Service organisation for engagement
    description: >-
      How the partnership organises engagement: a shared strategy and toolkit, networks for sharing
      practice, a clear home in each organisation, and a way of measuring outcomes. (The source's
      name: service organisation for community and neighbourhood engagement.)
    questions:
      - id: org-strategy
        text: >-
          Is there a community engagement strategy and toolkit adopted by the whole partnership and
          backed by training?
        guidance: >-
          Low: each organisation has its own approach, or none. High: one strategy and toolkit
          adopted across partners, revised on a cycle, with training for staff and agencies.
        levels:
          0: No engagement strategy.
          2: Strategies exist in some partners but differ and are not shared.
          4: One partnership strategy and toolkit, revised and backed by training.
      - id: org-networks
        text: >-
          Are there networks for sharing information and good practice on engagement across
          departments and partners?
        guidance: >-
          Low: none. High: active networks of engagement leads or champions across the council, the
          NHS and the voluntary and community sector.
      - id: org-home
        text: >-
          Does engagement have a clear home and senior backing in each partner, rather than being
          driven only by external requirements?
        guidance: >-
          Low: engagement is done to meet inspection or statutory duties. High: it sits within each
          partner's core strategy with a senior owner.
      - id: org-outcomes
        text: >-
          Is there an outcomes framework for engagement, with indicators that combine residents'
          perceptions and measurable results?
        guidance: >-
          Low: activity is counted (meetings held, surveys sent). High: agreed indicators, reported
          across the partnership, that show whether engagement changes outcomes.
weakest_links: { below: 2.0, show: 3 }
consensus: { max_spread: 2 }
rules:
  - id: weak-heading
    for_each: group
    when: score < 2
    severity: warning
    message: "{title} scores {score}: a whole heading of the framework is a weak link."
    recommendation: >-
      The framework asks for a systematic approach under all three headings. Agree one action for
      each weak element under {title} and review them together at the next round.
  - id: not-systematic
    when: count(elements, e, e.score < 2) >= 5
    severity: critical
    message: "{count(elements, e, e.score < 2)} of the fourteen elements are weak links: engagement is still ad hoc rather than systematic."
    recommendation: >-
      Engagement that reaches the least heard needs the whole framework, not a few strong
      projects. Take the results to the partnership board and agree a community engagement
      strategy that covers every heading.
  - id: asking-not-sharing-power
    when: element.consultation.score - element.empowerment.score >= 1
    severity: warning
    message: "Consultation ({element.consultation.score}) is rated a point or more above empowerment ({element.empowerment.score}): communities are asked but do not decide."
    recommendation: >-
      Pick one neighbourhood and hand over a real decision or budget, with support, and report what
      residents did with it.
  - id: profiles-without-plans
    when: element.profiling.score - element.action-planning.score >= 1
    severity: info
    message: "Neighbourhood profiles ({element.profiling.score}) are ahead of neighbourhood action plans ({element.action-planning.score}): what the partnership knows is not yet turned into action."
    recommendation: >-
      For each priority neighbourhood, agree with residents a short action plan that takes up the
      main needs its profile shows.
  - id: structures-without-staff
    when: element.neighbourhood-structures.score >= 2.5 and element.staffing.score < 2
    severity: warning
    message: "Neighbourhood structures score {element.neighbourhood-structures.score} but staffing for engagement only {element.staffing.score}: the structures have too few people to work them."
    recommendation: >-
      Review the staffing of neighbourhood coordination and engagement against the size and need of
      each neighbourhood, and agree how partners will share it.

"""##),
        (id: "delivery-plan", text: ##"""
# yaml-language-server: $schema=../schemas/workbook.schema.json
# The delivery-plan checklist: the characteristics the Health Inequalities National Support Team
# asked each delivery plan to have, in its feedback to Manchester (see sources), as a companion to
# the Christmas Tree for assessing one plan. The eight characteristics of a plan and the three of
# its interventions come from that list. Everything else in this file (descriptions, questions,
# guidance, level wording, the 0-4 scale, bands and rules) is this project's own reconstruction.
# See docs/workbooks/delivery-plan.md.
workbook: delivery-plan
version: "2009.1"
title: Delivery-plan checklist (the HINST characteristics of a delivery plan)
summary: >-
  This workbook assesses one delivery plan: the plan for one contributor to the life expectancy
  gap, such as cardiovascular disease, tobacco control, cancer, alcohol harm, seasonal excess deaths
  or infant mortality. The Health Inequalities National Support Team (HINST) asked that each such
  plan have a set of characteristics, and that all its interventions be systematic, at scale and
  sustainable; this checklist turns those characteristics into questions. One of them is that the
  plan has been tested against the 'Christmas Tree' diagnostic, so the two are meant to be used
  together: the Christmas Tree workbook (christmas-tree) asks whether the system around the plan is
  in place, and this one asks whether the plan itself is fit to deliver. Rate the plan as written
  and as it is being used, with its lead and the partners who deliver it in the room, and say in
  the response which plan it is, so that the reports of an area's plans can be told apart. The
  source lists the characteristics in one sentence each; the descriptions, the 0-4 scale, the level
  labels, the questions, their guidance, the bands and the rules are this project's
  reconstruction, and scores from this workbook cannot be compared with any HINST assessment.
sources:
  - title: "Health Inequalities National Support Team Feedback: Manchester"
    publisher: Health Inequalities National Support Team
    year: 2009
    section: >-
      Recommendations, "Vision and Strategy", A) Short term delivery (the delivery plans for each
      significant contributor to the life expectancy gap; "The plans should have the following
      characteristics" and "All interventions should be"); B) Medium term delivery; C) Long term
      delivery; "Leadership & Engagement" (modelling and milestones); "Targets, Trends and Needs
      Assessments" (breaking targets down by programme, partner and milestone)
    note: >-
      Closing-plenary feedback of an NST visit, March 2009. Lists eight characteristics that each
      delivery plan should have and three that all its interventions should have; these are the
      elements here, in the source's order. The neighbouring recommendations (a plan for each
      significant cause of the gap, modelled contributions, intermediate milestones, programme
      management, the 'Golden Thread' between short, medium and long term plans) shape the
      questions. The deadline the source gives, 2010/11 within a five-year framework, is asked
      about as the plan's own milestone year.
scale:
  levels:
    - value: 0
      label: Not in place
      description: The plan does not have this, or nobody in the room can show it.
    - value: 1
      label: Emerging
      description: >-
        Stated as an intention, or present for one part of the plan only.
    - value: 2
      label: Developing
      description: >-
        Present for some components of the plan, or written down but not yet used to manage
        delivery.
    - value: 3
      label: Established
      description: >-
        Present for every main component, written down and used by the plan's lead and partners to
        manage delivery.
    - value: 4
      label: Exemplary
      description: >-
        Complete, used, reviewed against results and kept up to date; a model for the other plans.
  not_applicable: true
aggregate: median
bands:
  - { id: weak, label: Weak link, below: 2.0, colour: "#c0392b" }
  - { id: developing, label: Developing, below: 3.0, colour: "#b9770e" }
  - { id: strong, label: Strong, colour: "#1e8449" }
layout: radar
groups:
  - id: plan
    title: The plan
    description: >-
      The eight characteristics the NST asked every delivery plan to have: a working document with
      milestones, SMART objectives, tested against the Christmas Tree, with each partner's
      contribution quantified, named leads, outcome measures, and a place in the partnership's other
      plans.
  - id: interventions
    title: Its interventions
    description: >-
      The three things the NST asked of every intervention in the plan: applied systematically, at
      industrial scale, and sustainable.
elements:
  # ================================================================== The plan
  - id: working-document
    group: plan
    title: A working document, rapidly assembled
    description: >-
      The plan was put together quickly and is used and changed as delivery goes on, rather than
      being a finished document that sits on a shelf.
    questions:
      - id: doc-exists
        text: >-
          Is there a written delivery plan for this contributor to the gap, agreed by the partners
          who must deliver it?
        guidance: >-
          Low: indicative actions in a strategy, but no plan of its own. High: a plan for this
          cause of the gap, agreed by every partner with a part in it.
        levels:
          0: There is no plan for this contributor, only actions in a wider strategy.
          2: A plan exists but is one organisation's, or not yet agreed by all partners.
          4: An agreed plan for this contributor, owned by every partner with a part in it.
      - id: doc-in-use
        text: >-
          Is the plan used in the meetings that manage delivery, and updated when things change?
        guidance: >-
          Low: written once and not opened since. High: the plan is the agenda of delivery
          meetings, with a version history showing changes.
      - id: doc-speed
        text: >-
          Was the plan assembled quickly enough to affect delivery in the current period, rather
          than waiting for a complete evidence review?
        guidance: >-
          Low: still being drafted, or finished too late to change this year's activity. High:
          assembled within weeks, with gaps marked for later work and delivery already under way.

  - id: milestones
    group: plan
    title: Countdown milestones
    description: >-
      Intermediate milestones counting down to the target year, set within the partnership's longer
      (five-year) planning framework, so progress can be tracked and performance managed.
    questions:
      - id: mile-countdown
        text: >-
          Does the plan set milestones counting down to its target year (for the NST, 2010/11),
          for example quarter by quarter?
        guidance: >-
          Low: only an end date. High: dated milestones at least every quarter up to the target
          year.
        levels:
          0: No milestones.
          2: Yearly milestones, or milestones for some components only.
          4: Quarterly or more frequent milestones for every component, up to the target year.
      - id: mile-framework
        text: >-
          Are the milestones placed within the partnership's five-year plan, so that the short-term
          plan leads into the medium and long term?
        guidance: >-
          Low: the plan stands alone. High: the milestones are the first steps of the five-year
          plan's trajectory, and the link is shown.
      - id: mile-reviewed
        text: >-
          Is progress against the milestones reviewed, and does slippage lead to action?
        guidance: >-
          Low: milestones are not reported. High: a regular report against milestones, with
          recorded decisions when one is missed.

  - id: smart-objectives
    group: plan
    title: Detailed SMART objectives
    description: >-
      Objectives that are specific, measurable, achievable, relevant and time-bound, in enough
      detail to manage each component of the plan.
    questions:
      - id: smart-specific
        text: >-
          Are the plan's objectives specific and measurable, with a baseline and a number to reach?
        guidance: >-
          Low: aims such as "improve uptake". High: each objective names what will change, for whom,
          from what baseline to what level.
        levels:
          0: No objectives, only aims.
          2: Some objectives are measurable; others are aims.
          4: Every objective is specific and measurable, with a baseline and a level to reach.
      - id: smart-timed
        text: >-
          Does each objective have a date, and is it achievable with the resources in the plan?
        guidance: >-
          Low: no dates, or dates nobody believes. High: dated objectives with the resources to
          reach them identified.
      - id: smart-detail
        text: >-
          Are objectives set for each component of the plan (each intervention, setting or
          population group), not only for the plan as a whole?
        guidance: >-
          Low: one headline objective. High: objectives for every component, which together add up
          to the headline.

  - id: tree-tested
    group: plan
    title: Tested against the Christmas Tree
    description: >-
      The plan has been checked against the HINST diagnostic (in this project, the christmas-tree
      workbook), so that both the population side and the provider side of the tree are addressed.
    questions:
      - id: tree-done
        text: >-
          Has the plan been tested against the Christmas Tree diagnostic, area by area?
        guidance: >-
          Low: not tested. High: each area of the diagnostic has been considered for this plan,
          with the findings written down.
        levels:
          0: Not tested.
          2: Tested informally, or for some areas of the diagnostic only.
          4: Tested against every area, with the findings recorded and dated.
      - id: tree-both-sides
        text: >-
          Does the plan address the population side (knowing who is missed, targeting, supporting
          uptake) as well as the provider side (effective services at scale)?
        guidance: >-
          Low: the plan is about service provision only. High: it has actions on both sides, in
          proportion to where the diagnostic found gaps.
      - id: tree-gaps-acted
        text: >-
          Have the gaps the test found been turned into actions in the plan?
        guidance: >-
          Low: gaps are noted but nothing changed. High: each gap found has an action, an owner and
          a date in the plan.

  - id: contributions
    group: plan
    title: Partners' contributions quantified
    description: >-
      The plan sets out, and puts numbers on, what each partner (the NHS commissioner, general
      practice groupings, the council, hospital and mental health trusts, others) will contribute.
    questions:
      - id: contrib-partners
        text: >-
          Does the plan set out what each partner will do and contribute (staff, money, activity)?
        guidance: >-
          Low: actions belong to "the partnership". High: each partner's part is listed, and each
          partner has agreed it.
      - id: contrib-quantified
        text: >-
          Is each partner's contribution quantified: how much of the target each will deliver, for
          example so many extra people treated or quitting smoking?
        guidance: >-
          Low: no numbers. High: each partner's share of the target is given in numbers and adds up
          to the whole.
        levels:
          0: No contribution is quantified.
          2: Some partners' contributions are quantified; others are described only.
          4: Every partner's contribution is quantified and together they add up to the target.
      - id: contrib-modelled
        text: >-
          Is the plan's contribution to the life expectancy target modelled, with assumptions that
          can be tested, so that the resources and scale needed are known?
        guidance: >-
          Low: no modelling. High: a model of the plan's expected effect on the gap, with its
          assumptions written down and checked as results come in.
      - id: contrib-localities
        text: >-
          Is the contribution broken down by locality or district, so that each can manage its own
          part?
        guidance: >-
          Low: area-wide figures only. High: each locality knows its share and reports against it.

  - id: leads
    group: plan
    title: Designated leads for each component
    description: >-
      Each component part of the plan has a named lead who is responsible for delivering it.
    questions:
      - id: lead-named
        text: >-
          Does each component of the plan have a named lead?
        guidance: >-
          Low: one lead for the whole plan, or none. High: a named person for every component.
        levels:
          0: No leads are named.
          2: A lead for the plan as a whole, or for some components.
          4: A named lead for every component, each agreed by their own organisation.
      - id: lead-authority
        text: >-
          Do the leads have the authority and the time to make their component happen?
        guidance: >-
          Low: leads are named but cannot commit resources. High: leads are senior enough in their
          own organisation to commit staff and money, and have time for the role.
      - id: lead-report
        text: >-
          Do the leads report on their component to the plan's overall lead and to a board?
        guidance: >-
          Low: no reporting. High: regular reports from each lead, with the board acting on them.

  - id: outcome-measures
    group: plan
    title: Clear outcome measures
    description: >-
      Clear outcome measures, written into what health and social care commissioners plan to buy,
      with reporting that tells each partner how it is doing.
    questions:
      - id: outcome-clear
        text: >-
          Does the plan have clear outcome measures, not only measures of activity?
        guidance: >-
          Low: counts of leaflets, sessions and referrals. High: outcomes such as people quitting at
          four weeks, blood pressure controlled, or deaths, alongside the activity that leads to
          them.
      - id: outcome-commissioning
        text: >-
          Are the outcome measures built into commissioning intentions and contracts for health and
          social care?
        guidance: >-
          Low: contracts do not mention them. High: each relevant contract or service agreement
          carries the measures, with payment or review linked to them.
        levels:
          0: The outcome measures appear in no commissioning intention or contract.
          2: Some NHS contracts carry them; social care and council contracts do not.
          4: Every relevant health and social care contract carries the measures and is reviewed against them.
      - id: outcome-reporting
        text: >-
          Is there a reporting route that tells each partner how it is progressing against its part?
        guidance: >-
          Low: partners hear nothing until the end of the year. High: regular reports go to each
          partner on its own contribution, in a form its board can use.

  - id: partnership-documents
    group: plan
    title: In other partnership documents
    description: >-
      Where appropriate, the plan's components appear in the partnership's other major documents
      (for example the sustainable community strategy and partners' corporate plans), with a
      'golden thread' from short-term delivery to long-term strategy.
    questions:
      - id: docs-included
        text: >-
          Do the plan's components appear, where they belong, in the partnership's other major
          documents (community strategy, local agreements, partners' corporate plans)?
        guidance: >-
          Low: the plan is known only to its own group. High: its components are written into the
          other strategies where they belong, and cross-referenced.
      - id: docs-golden-thread
        text: >-
          Is there a clear 'golden thread' linking this short-term plan to medium-term plans on
          lifestyle and behaviour and to long-term regeneration strategy?
        guidance: >-
          Low: the link is clear only to those who wrote the plans. High: each level of planning
          names the others and shows how this plan contributes.
        levels:
          0: No link is made.
          2: Links are made in some documents but not others.
          4: Every level of planning shows the thread, clear to someone who did not write it.
      - id: docs-communicated
        text: >-
          Is the plan communicated in forms that staff, independent clinicians and the public
          (including seldom-heard groups) can use?
        guidance: >-
          Low: a long document for the board. High: a communications and information plan, with
          versions for different audiences.

  # ================================================================== Its interventions
  - id: systematic
    group: interventions
    title: Interventions systematically applied
    description: >-
      Every intervention in the plan is applied to everyone it should reach, in every practice,
      service and neighbourhood, rather than where enthusiasts happen to be.
    questions:
      - id: sys-everywhere
        text: >-
          Is each intervention applied in every practice, service and setting it should be, not only
          where there is local enthusiasm?
        guidance: >-
          Low: pilots and champions in a few places. High: every relevant practice and service
          delivers it, and gaps are followed up.
        levels:
          0: Delivery depends entirely on local enthusiasm.
          2: Most settings take part, but some never have.
          4: Every relevant setting delivers it, and non-delivery is followed up.
      - id: sys-everyone
        text: >-
          Do the interventions reach everyone eligible, including those who are hard to reach or
          excepted from targets?
        guidance: >-
          Low: delivery stops at the target level, leaving the rest. High: systematic call and
          recall and follow-up of people missed or excepted.
      - id: sys-variation
        text: >-
          Is variation in delivery between practices and services measured and acted on?
        guidance: >-
          Low: variation is unknown. High: delivery is compared across settings, like with like, and
          poorer performers get support to improve.
      - id: sys-pathway
        text: >-
          Do the interventions connect along the pathway (identification, referral, treatment,
          follow-up) so that people do not drop out between steps?
        guidance: >-
          Low: each step is commissioned separately and nobody tracks people between them. High: the
          pathway is monitored end to end and drop-out is acted on.

  - id: scale
    group: interventions
    title: Interventions industrially scaled
    description: >-
      The interventions are delivered at the scale needed to change the outcome for the whole
      population, not at the scale of a project.
    questions:
      - id: scale-needed
        text: >-
          Is the scale needed known: how many people the interventions must reach to deliver the
          plan's share of the target?
        guidance: >-
          Low: nobody has worked it out. High: the numbers needed are calculated from the target and
          are the basis of the plan.
        levels:
          0: The scale needed is not known.
          2: Estimated for some interventions.
          4: Calculated for every intervention from the target, and used to size delivery.
      - id: scale-delivered
        text: >-
          Is delivery at (or on course for) that scale, rather than at the scale of a pilot?
        guidance: >-
          Low: a few hundred people reached where thousands are needed. High: delivery numbers
          match the scale needed, month by month.
      - id: scale-capacity
        text: >-
          Is there capacity (staff, clinics, referral routes) to deliver at that scale, and to treat
          the extra people found?
        guidance: >-
          Low: capacity would run out if the plan succeeded. High: capacity is planned for the
          numbers the plan will find.

  - id: sustainable
    group: interventions
    title: Interventions sustainable
    description: >-
      The interventions will last: they are mainstream-funded, protected from cost pressures, and
      embedded in how services work.
    questions:
      - id: sustain-funding
        text: >-
          Are the interventions funded from mainstream budgets for the life of the plan, rather than
          from short-term money?
        guidance: >-
          Low: grants or non-recurrent money that ends within the year. High: recurrent funding
          agreed for the life of the plan.
        levels:
          0: All short-term money.
          2: Some recurrent funding; key parts are still short-term.
          4: Recurrent funding for every intervention for the life of the plan.
      - id: sustain-protected
        text: >-
          Are the interventions protected when cost pressures arise elsewhere (for example unplanned
          hospital activity)?
        guidance: >-
          Low: they are the first cut in a recovery plan. High: leaders have protected them in a
          difficult year, backed by a business case.
      - id: sustain-embedded
        text: >-
          Are the interventions embedded in routine practice and contracts, so that they would
          continue if the people who started them left?
        guidance: >-
          Low: they depend on one person. High: they are in contracts, job descriptions and routine
          systems.
weakest_links: { below: 2.0, show: 3 }
consensus: { max_spread: 2 }
rules:
  - id: not-tested-against-the-tree
    when: element.tree-tested.score < 2
    severity: warning
    message: "The plan has not been properly tested against the Christmas Tree diagnostic ({element.tree-tested.score})."
    recommendation: >-
      Run the christmas-tree workbook for this plan with its lead and partners, and turn each gap it
      finds into an action with an owner and a date.
  - id: interventions-not-at-population-level
    when: group.interventions.score < 2
    severity: critical
    message: "The plan's interventions score {group.interventions.score}: they are not systematic, scaled and sustainable enough to change the outcome for the population."
    recommendation: >-
      Work out the scale needed from the target, then agree how each intervention will reach every
      setting and everyone eligible, with recurrent funding.
  - id: target-not-broken-down
    when: question.contrib-quantified.score < 2 and question.contrib-modelled.score < 2
    severity: warning
    message: "Neither the partners' contributions ({question.contrib-quantified.score}) nor the plan's effect ({question.contrib-modelled.score}) is quantified: nobody can tell whether the plan adds up to its target."
    recommendation: >-
      Model the plan's contribution to the life expectancy target, break it down by partner and
      locality, and set the milestones from it.
  - id: well-written-weakly-delivered
    when: group.plan.score - group.interventions.score >= 1
    severity: info
    message: "The plan as a document ({group.plan.score}) is rated a point or more above its interventions ({group.interventions.score})."
    recommendation: >-
      A good plan on paper does not narrow the gap by itself. Put the next round's effort into the
      scale and reach of the interventions.

"""##),
        (id: "inclusion-health", text: ##"""
# yaml-language-server: $schema=../schemas/workbook.schema.json
# Inclusion Health: the six building blocks for improving primary health care for socially
# excluded groups. The six blocks, their order and each block's "will make a difference by" list
# come from the Cabinet Office and Department of Health framework (see sources). Everything else in
# this file (descriptions, questions, guidance, level wording, the 0-4 scale, bands and rules) is
# this project's own reconstruction. See docs/workbooks/inclusion-health.md.
workbook: inclusion-health
version: "2010.1"
title: Inclusion Health (the six building blocks)
summary: >-
  This workbook asks how well a local system meets the primary health care needs of people who are
  socially excluded: people facing several complex problems and lasting disadvantage, such as
  people who are homeless, Gypsy, Roma and Traveller communities, sex workers, prisoners and
  offenders, and people with learning disabilities. It follows the six building blocks of the 2010
  Inclusion Health framework: leadership, the workforce, moving from needs to outcomes, responsive
  and flexible services, health promotion and prevention, and assurance and accountability. For
  each block the framework lists the ways it should make a difference, and each question here asks
  whether one of those differences can be seen locally. Rate for the whole local system
  (commissioners and providers in the NHS, the council and the third sector), on evidence the room
  can point to, and for the excluded groups that are present in the area. The framework names the
  blocks and what each should achieve; it sets no scale, questions or scoring. The 0-4 scale, the
  level labels, the questions, their guidance, the bands and the rules are this project's own
  reconstruction, and scores from this workbook are not an official Inclusion Health measure.
sources:
  - title: "Inclusion Health: improving the way we meet the primary health care needs of the socially excluded"
    publisher: Cabinet Office (Social Exclusion Task Force) and Department of Health
    year: 2010
    section: >-
      "Inclusion Health: the building blocks" (the list of six); and in each of chapters 1 to 6
      (Leadership; Workforce; From needs to outcomes; Responsive and flexible services; Health
      promotion and prevention; Assurance and accountability) the section "Making a difference
      through Inclusion Health" and its list of what the block "will make a difference by"
    note: >-
      Published March 2010. Gives the six blocks, a one-line aim for each, and for each a list of
      four to seven differences it should make; these lists are the material of the questions, one
      question for each difference (the seven under responsive services are asked as six). The
      challenges table in the introduction, the characteristics of the most promising services in
      chapter 4 and each chapter's "To achieve this" actions shape the guidance. The framework was
      written for the NHS of 2010 (primary care trusts, World Class Commissioning); the questions
      ask about the same things in terms that fit any local commissioning system.
scale:
  levels:
    - value: 0
      label: Not in place
      description: Nothing is in place for socially excluded groups, or nobody in the room can point to anything.
    - value: 1
      label: Emerging
      description: >-
        Something exists but it rests on one service, one champion or one funding round, and most of
        the system does not know about it.
    - value: 2
      label: Developing
      description: >-
        In place for some excluded groups or some services, with known gaps; the mainstream system
        has started to take part.
    - value: 3
      label: Established
      description: >-
        Routine across mainstream and specialist services for the main excluded groups in the area,
        written into plans and contracts, with evidence that it changes what happens.
    - value: 4
      label: Exemplary
      description: >-
        Established, reviewed with the people it serves, shown to improve their outcomes, and
        something other areas could learn from.
  not_applicable: true
aggregate: median
bands:
  - { id: weak, label: Weak link, below: 2.0, colour: "#c0392b" }
  - { id: developing, label: Developing, below: 3.0, colour: "#b9770e" }
  - { id: strong, label: Strong, colour: "#1e8449" }
layout: radar
elements:
  # ------------------------------------------------------------------ 1. leadership
  - id: leadership
    title: Leadership
    description: >-
      Clear leadership of inclusion health in the area, and a movement for change that the people
      who work with excluded groups can join: someone speaks for them, professionals are connected,
      and the area knows what works.
    questions:
      - id: lead-voice
        text: >-
          Does someone with influence speak up, in the places where decisions are made, for socially
          excluded people and for the staff who work with them?
        guidance: >-
          Low: their needs come up only when a specialist service is threatened with cuts. High: a
          named senior champion (clinical or managerial) raises them routinely at the boards that
          plan and fund services, and can point to decisions changed as a result.
        levels:
          0: Nobody speaks for excluded groups where decisions are made.
          2: A champion exists, but is heard mainly on specialist services and on bad news.
          4: A senior champion shapes mainstream plans and budgets, and the staff they speak for know it.
      - id: lead-connections
        text: >-
          Are the professionals who work with excluded groups connected with each other, across
          disciplines and across mainstream and specialist services?
        guidance: >-
          Low: specialist workers know each other but work apart from mainstream practices and
          hospitals. High: a local network or forum meets regularly, spans health, social care,
          housing and the third sector, and its members refer to and learn from one another.
      - id: lead-shared-vision
        text: >-
          Is there a shared local vision for the health of socially excluded people, and do leaders
          across the system know what their health and wider needs are?
        guidance: >-
          Low: the subject is absent from the area's strategies, or mentioned in one line. High: a
          vision agreed by the NHS, the council and the third sector, known to their leaders, with
          the wider needs (housing, income, safety) set beside the health needs.
      - id: lead-innovation
        text: >-
          Do leaders back new ways of designing and delivering services for excluded groups, and
          give them room, time and money to be tried?
        guidance: >-
          Low: new ideas depend on short grants found by front-line staff. High: leaders sponsor
          pilots, accept the risk, and decide on the evidence whether to mainstream them.
      - id: lead-what-works
        text: >-
          Does the area build and use knowledge of which services and approaches work for excluded
          groups, with clinical and academic partners where it can?
        guidance: >-
          Low: nobody knows which local services make a difference. High: services are evaluated,
          findings are shared with commissioners, and links with a university or research network
          add to the evidence.

  # ------------------------------------------------------------------ 2. workforce
  - id: workforce
    title: Workforce
    description: >-
      A strong, stable and capable workforce, mainstream and specialist, clinical and non-clinical,
      that is equipped, supported and valued for working with the most excluded.
    questions:
      - id: work-united
        text: >-
          Are the motivated staff who work with excluded groups brought together (as a network, a
          forum or a community of practice) rather than each working alone?
        guidance: >-
          Low: specialists are isolated; many work alone most of the time. High: staff across
          services meet, share cases and learning, and new staff are introduced to the network.
      - id: work-skills
        text: >-
          Are mainstream and specialist staff, clinical and non-clinical (including receptionists),
          trained to work with people with complex needs and chaotic lives?
        guidance: >-
          Low: training is left to individuals, and most mainstream staff have had none. High:
          training, including cultural awareness of the groups present locally, is part of induction
          and updates for every service that sees excluded people.
        levels:
          0: No training on inclusion health is offered.
          2: Specialist staff are trained; mainstream staff rarely are.
          4: Every service that sees excluded people trains all its staff, front desk included, and refreshes it.
      - id: work-recognition
        text: >-
          Are the dedication and successes of staff in this field recognised and rewarded, including
          small gains with very hard-to-help clients?
        guidance: >-
          Low: the work is invisible outside the team and measured only by throughput. High: small
          wins are noticed and reported, and staff are recognised in appraisal, awards or career
          steps.
      - id: work-dignity
        text: >-
          Do services treat socially excluded people with dignity and understanding, and do those
          people say they trust services and are helped by them?
        guidance: >-
          Low: people report feeling judged or invisible, and nobody asks them. High: feedback is
          gathered from excluded service users themselves, and it shows trust and improving
          experience.
        levels:
          0: Nobody knows how excluded people experience services, or they report being judged.
          2: Some services ask and hear mixed views; others do not ask.
          4: Excluded people's own feedback, gathered routinely, shows trust and better experience.
      - id: work-supervision
        text: >-
          Do practitioners who work with high-need clients have suitable supervision and support,
          such as reflective practice and support for lone workers?
        guidance: >-
          Low: no supervision beyond line management; burnout and turnover are high. High: regular
          clinical or reflective supervision, peer support, and safe lone-working arrangements for
          everyone in these roles.
      - id: work-development
        text: >-
          Is there a route of professional development and progression for people who work in
          inclusion health, so that skills stay in the area?
        guidance: >-
          Low: posts are short-term and lead nowhere. High: training placements, shared posts or
          rotations, and senior roles that let staff build a career in the field.

  # ------------------------------------------------------------------ 3. from needs to outcomes
  - id: needs-outcomes
    title: From needs to outcomes
    description: >-
      The capability to build a fuller picture of excluded groups' needs, to set priorities from it,
      and to know whether services are making a difference for them.
    questions:
      - id: needs-picture
        text: >-
          Does the area have an accurate and consistent view of how the socially excluded groups
          present locally fare in health, and of what else they need (housing, income, safety)?
        guidance: >-
          Low: the needs assessment has no section on excluded groups, or one that says data is not
          available. High: a needs assessment for each main group, drawing on local data as well as
          national figures, refreshed on a known cycle.
        levels:
          0: Excluded groups do not appear in the needs assessment.
          2: One or two groups are covered, mostly from national estimates.
          4: Every main local group is covered from local data, refreshed and used in planning.
      - id: needs-value
        text: >-
          Are decisions about services for excluded groups made on the evidence of what gives them
          the best services at the best value?
        guidance: >-
          Low: services exist for historical reasons, and their cost and value are unknown. High:
          the economic case, including costs that fall outside health (unplanned hospital care,
          housing, criminal justice), informs what is commissioned.
      - id: needs-monitoring
        text: >-
          Are excluded people's needs, their outcomes and their experience of care found, assessed
          and monitored systematically, including people whom services do not see?
        guidance: >-
          Low: recording depends on the service; people not registered or not in contact are not
          counted. High: services record housing status and other markers consistently, and the area
          estimates who is missing and why.
      - id: needs-diversity
        text: >-
          Does the picture show the differences between and within excluded groups, so that
          providers can tailor their response?
        guidance: >-
          Low: "the socially excluded" are treated as one group. High: the analysis separates groups
          and notes differences within them (for example by gender, age or substance use), and
          service specifications respond to them.
      - id: needs-outside-data
        text: >-
          Is information from outside the health system (council, housing, the third sector,
          academics, the private sector) drawn in and used when deciding what to commission?
        guidance: >-
          Low: only NHS data is used. High: hostels, outreach teams, voluntary agencies and council
          services contribute data and insight, and commissioners can show where it changed a
          decision.

  # ------------------------------------------------------------------ 4. responsive services
  - id: responsive-services
    title: Responsive and flexible services
    description: >-
      New models of care that are joined up, good value and fair: services that fit the complexity of
      people's lives, are easy to reach, hold on to people, and work together.
    questions:
      - id: serv-tailored
        text: >-
          Is care tailored to the complexity of people's needs, for example longer appointments,
          flexible times, treating more than the presenting problem?
        guidance: >-
          Low: the same appointment system for everyone, and missed appointments lead to discharge.
          High: services adapt to people's circumstances, and use each contact to deal with the
          wider range of their health needs.
      - id: serv-say
        text: >-
          Do socially excluded people have a say in how their services are designed and delivered?
        guidance: >-
          Low: services are designed for them, without them. High: peer advisers, service-user
          groups or champions take part in design and review, and services can show what changed
          because of them.
        levels:
          0: Excluded people have no say in any service.
          2: Some specialist services involve their users; mainstream services do not.
          4: Users' voice shapes specialist and mainstream services, and the changes are visible.
      - id: serv-mainstream
        text: >-
          Do mainstream and specialist services both meet excluded people's needs, with models
          (outreach, in-reach, co-location, shared caseloads) chosen for better outcomes at better
          value, and are new models tried?
        guidance: >-
          Low: one specialist service carries everything and mainstream services refer on. High: a
          planned mix of mainstream and specialist models, reviewed on its results, with room to
          test new ones.
      - id: serv-access
        text: >-
          Can excluded people get into health services without obstruction, for example registering
          with a GP without proof of address?
        guidance: >-
          Low: registration is refused or delayed, and people rely on A&E. High: every practice
          registers people without a fixed address, people know what they are entitled to, and
          registration and use are monitored.
        levels:
          0: People without an address or documents are routinely turned away.
          2: Some practices register them; others do not, and nobody checks.
          4: Access is open everywhere, people know their rights, and it is monitored.
      - id: serv-continuity
        text: >-
          Is continuity of care kept when people move, leave hospital or prison, or drop out of
          contact?
        guidance: >-
          Low: each episode starts again; records do not follow people. High: discharge and release
          pathways, shared or portable records, and a named worker keep care going.
      - id: serv-accountability
        text: >-
          Is it clear which service and which practitioner is responsible for each person with
          complex needs, so that nobody falls between services?
        guidance: >-
          Low: people revolve between services and each assumes another is responsible. High: a
          lead professional or care coordinator for each person with complex needs, agreed between
          services.

  # ------------------------------------------------------------------ 5. health promotion and prevention
  - id: prevention
    title: Health promotion and prevention
    description: >-
      Raising excluded people's health aspirations, and shifting effort from treating harm towards
      preventing it and intervening early.
    questions:
      - id: prev-investment
        text: >-
          Is investment for excluded groups shifting from treating harm towards preventing it in the
          first place?
        guidance: >-
          Low: spending is almost all on crisis and unplanned care. High: a planned, measured share
          of spending goes on prevention and early intervention for excluded groups, and it is
          growing.
        levels:
          0: Nothing is spent on prevention for excluded groups.
          2: Some prevention is funded, mostly short-term or by one partner.
          4: A growing, planned share of spending goes on prevention, and its effect is tracked.
      - id: prev-showcase
        text: >-
          Is good local preventive work with excluded groups collected, shared and used to spread
          practice?
        guidance: >-
          Low: nobody knows what preventive work exists. High: examples are written up, shared
          across services, and used when commissioning.
      - id: prev-packages
        text: >-
          Are health promotion and prevention (stop smoking, vaccination, screening, alcohol and
          drug advice, sexual health) provided consistently and targeted to excluded groups?
        guidance: >-
          Low: the usual programmes are offered, and excluded groups rarely take them up. High:
          programmes are adapted and taken to where people are (hostels, day centres, pharmacies),
          and uptake by excluded groups is measured.
      - id: prev-case-finding
        text: >-
          Do the people who are "touch points" for excluded people (pharmacists, health visitors,
          health trainers, housing officers, A&E) actively find people who need help early?
        guidance: >-
          Low: help comes only when someone presents in crisis. High: touch-point staff are trained
          and funded to ask, test and refer, with pathways agreed.
      - id: prev-aspirations
        text: >-
          Are services helping excluded people raise their health aspirations and their
          expectations of what services will do for them?
        guidance: >-
          Low: low expectations on both sides are accepted. High: services set goals with people,
          support recovery and a route back into mainstream services, and track progress.

  # ------------------------------------------------------------------ 6. assurance and accountability
  - id: assurance
    title: Assurance and accountability
    description: >-
      Using the resources and levers of the system (commissioning, contracts, scrutiny, equality
      duties) to keep the focus on excluded groups and to track progress.
    questions:
      - id: assure-priority
        text: >-
          Do the health needs and outcomes of excluded groups have status and priority in the area's
          plans and at its boards?
        guidance: >-
          Low: they are not mentioned, or appear only in equality statements. High: they are a named
          priority of the health and wellbeing strategy or its equivalent, with reports to the board.
      - id: assure-accountable
        text: >-
          Is it clear who is accountable, at board and senior level, for outcomes for excluded
          groups?
        guidance: >-
          Low: nobody is named, or everyone is. High: a named board-level lead in the NHS and the
          council, with the outcomes in their objectives.
        levels:
          0: Nobody is accountable.
          2: A lead is named but has no levers and is rarely asked to report.
          4: Named senior leads report on agreed outcomes and are held to account for them.
      - id: assure-spread
        text: >-
          Are services that show real excellence with excluded groups encouraged and helped to grow
          or to spread their approach?
        guidance: >-
          Low: good services survive grant to grant. High: commissioners expand proven services or
          build their approach into other contracts.
      - id: assure-outcome-based
        text: >-
          Is commissioning for these groups based on outcome measures, including measures that
          reflect equality and diversity duties?
        guidance: >-
          Low: contracts count activity only. High: contracts and reviews use outcomes for excluded
          groups, broken down where numbers allow, with equality duties checked.
      - id: assure-influence
        text: >-
          Can excluded people report on the services they get and influence them, through
          scrutiny, patient voice bodies or their own groups?
        guidance: >-
          Low: formal routes exist but excluded people are absent from them. High: scrutiny and
          patient voice bodies reach excluded groups, and their reports lead to change.
      - id: assure-supply-demand
        text: >-
          Does the supply of services for excluded groups match the demand, for example expected
          compared with recorded activity?
        guidance: >-
          Low: nobody has compared them; waiting lists or turn-aways are common. High: expected and
          actual use are compared for each group, and gaps lead to changes in what is commissioned.
weakest_links: { below: 2.0, show: 3 }
consensus: { max_spread: 2 }
rules:
  - id: services-without-a-picture
    when: element.needs-outcomes.score < 2 and element.responsive-services.score >= 2.5
    severity: warning
    message: "Services are rated {element.responsive-services.score} but the picture of need only {element.needs-outcomes.score}: the area cannot tell whom its services miss."
    recommendation: >-
      Start with the people who are not seen. Ask hostels, outreach teams and voluntary agencies
      for what they know, estimate who is missing from registers, and check that the services
      rated well reach the groups the picture shows.
  - id: excluded-without-a-voice
    when: question.serv-say.score < 2 and question.assure-influence.score < 2
    severity: warning
    message: "Excluded people have little say in their services ({question.serv-say.score}) and little way to report on them ({question.assure-influence.score})."
    recommendation: >-
      Agree one route by which excluded people shape a service and one by which they report on it,
      for example a peer advisory group for a specialist service and a scrutiny review that hears
      from them directly, and review both at the next round.
  - id: treating-not-preventing
    when: element.responsive-services.score - element.prevention.score >= 1
    severity: info
    message: "Prevention ({element.prevention.score}) trails services ({element.responsive-services.score}) by a point or more: effort is still on treating harm."
    recommendation: >-
      Pick one preventive programme (vaccination, screening or stop smoking) and take it to where
      excluded people already are, with its uptake by them measured.
  - id: building-blocks-missing
    when: count(elements, e, e.score < 2) >= 3
    severity: critical
    message: "{count(elements, e, e.score < 2)} of the six building blocks are weak links: the foundations for inclusion health are not yet in place."
    recommendation: >-
      The building blocks support each other. Take the results to the health and wellbeing board,
      name a senior lead, and agree which two blocks to strengthen first.

"""##),
        (id: "place-based-planning", text: ##"""
# yaml-language-server: $schema=../schemas/workbook.schema.json
# Place-based planning: the ten important elements of effective place-based planning (PHE Tool A).
# The ten elements and their order come from PHE's place-based approaches report (see sources).
# Everything else in this file (descriptions, questions, guidance, level wording, the 0-4 scale,
# bands and rules) is this project's own convention. See docs/workbooks/place-based-planning.md.
workbook: place-based-planning
version: "2021.2"
title: Effective place-based planning (ten important elements)
summary: >-
  This workbook asks how well a local partnership plans together to reduce health inequalities
  across a whole place: the council, the NHS, the voluntary and community sector and the Health and
  Wellbeing Board working as one planning system. It follows the ten important elements of effective
  place-based planning that PHE lists as Tool A, from committed leadership and a joint needs
  assessment, through priorities, interventions, targets and a business plan, to information
  sharing, programme management and evaluation. The elements are read as an ordered chain. Each
  step builds on the ones before it, so a weak early step undermines every later one: targets set
  without an agreed needs assessment, or a business plan for interventions nobody has chosen on
  the evidence, look strong on paper but rest on a weak foundation. Read this way, information
  governance (step 8) is the sharing of intelligence that running the plan depends on: tracking
  targets, managing the programme and evaluating it. Pooling data and analysis for the needs
  assessment belongs to step 2. Evaluation (step 10) comes last because it is designed from the
  targets, the business case and the shared intelligence before it; 'built in from the start'
  means designed before delivery begins, not added once delivery has ended. The report shows the first step
  below the weakest-link threshold as the break point, and the chain is only as strong as its
  weakest step. PHE publishes the ten elements and their one-line summaries; its detailed Tool A
  self-assessment is in a separate tools document that this project did not use. The 0-4 scale,
  the level labels, the questions, their guidance, the bands and the rules in this file are this
  project's own convention, not PHE wording, and scores from this workbook cannot be compared with
  any assessment PHE ran itself.
sources:
  - title: "Place-based approaches for reducing health inequalities: main report"
    publisher: Public Health England
    year: 2021
    section: "Section 2, Place-based planning and leadership: Tool A, the important elements of effective place-based planning (the ten-step list) and the text around it"
    note: >-
      Updated 28 September 2021. Provides the ten elements, in this order,
      each with a short qualifier (for example, needs assessment that is both bottom-up and
      top-down; targets that are locally relevant and meaningful; evaluation built in from the
      start), and the point that place-based planning brings together leaders and senior experts
      from the council, health services and the voluntary and community sector. Other parts of the
      report inform the questions: the Population Intervention Triangle with its civic, service and
      community-centred segments, the three seams between them, the Labonte lessons on
      proportionate allocation, the economic case for action, the four dimensions of inequality,
      and nesting plans at system, district and neighbourhood level. The Tool A self-assessment and
      follow-up diagnostic themselves are in the report's accompanying tools document, which was
      not consulted.
scale:
  levels:
    - value: 0
      label: Not in place
      description: Nothing is in place, or nobody in the room can point to anything.
    - value: 1
      label: Emerging
      description: >-
        Talked about or started, but informal, one-off or dependent on one organisation or a few
        committed people.
    - value: 2
      label: Developing
      description: >-
        Agreed and partly working: in place for some partners, priorities or neighbourhoods, with
        known gaps.
    - value: 3
      label: Established
      description: >-
        Routine across the partnership, written down, and visibly shaping what partners decide and
        fund.
    - value: 4
      label: Exemplary
      description: >-
        Established, reviewed, shown to contribute to narrowing gaps, and still improving. Other
        places could learn from it.
  not_applicable: true
aggregate: median
bands:
  - { id: weak, label: Weak link, below: 1.5, colour: "#c0392b" }
  - { id: developing, label: Developing, below: 2.5, colour: "#b9770e" }
  - { id: strong, label: Strong, colour: "#1e8449" }
layout: chain
elements:
  # ------------------------------------------------------------------ 1. leadership
  - id: leadership
    title: Leadership in place, committed to health inequalities goals
    description: >-
      Leaders across the place own the goal of narrowing health inequalities and give it priority.
      The planning group brings in senior decision makers and experts from the council, the NHS
      and the voluntary and community sector, so that the commitment is shared rather than left to
      public health.
    questions:
      - id: lead-ownership
        text: >-
          Do the senior leaders of the council, the NHS and the voluntary and community sector
          openly own narrowing health inequalities as a shared goal of the place?
        guidance: >-
          Low: health inequalities appear in strategies but leaders rarely mention them, and most
          people in the room see them as a public health matter. High: chief executives, elected
          members and NHS and VCSE leaders speak about the same goals, in public and in their own
          organisations' plans.
        levels:
          0: No leader outside public health speaks for the goal.
          2: Some leaders own it; others sign documents but do not champion it.
          4: Every main partner's leader champions the same goals, in public and in their own plans.
      - id: lead-membership
        text: >-
          Does the group that plans for the place include people with authority to commit
          resources, and specialist experts, from all the main partners?
        guidance: >-
          Low: meetings are attended by deputies who cannot commit their organisation, or one
          sector is missing. High: members can commit money and staff, and the group calls in
          expertise (planning, housing, finance, analysts, community leaders) when it needs it.
        levels:
          0: Deputies who cannot commit their organisations, or a main sector missing.
          2: Most partners send people who can commit; some do not.
          4: Every main partner sends someone who can commit money and staff, and experts are called in.
      - id: lead-priority
        text: >-
          When health inequalities compete with other pressures (budgets, waiting lists,
          performance targets), do leaders keep them on the agenda and protect the resources?
        guidance: >-
          Low: inequalities work is the first thing cut or postponed when pressure rises. High:
          there are recent examples of leaders protecting or growing inequalities work during a
          difficult year.
        levels:
          0: Inequalities work is the first thing cut.
          2: Protected in some organisations, not others.
          4: Recent examples of leaders protecting or growing it in a difficult year.
      - id: lead-beyond-health
        text: >-
          Do leaders of functions outside health (housing, planning, economic development,
          transport, education) treat narrowing health gaps as part of their own job?
        guidance: >-
          Low: these services are not represented, or see health as someone else's business. High:
          their plans name health inequalities goals and their leaders report on them to the
          partnership.
      - id: lead-community
        text: >-
          Do community and voluntary sector leaders take part in leading the place's work as
          partners, rather than only being consulted after decisions are made?
        guidance: >-
          Low: VCSE organisations hear about plans once they are final. High: VCSE and community
          leaders sit on the planning group, shape its agenda and can point to decisions they
          changed.

  # ------------------------------------------------------------------ 2. needs assessment
  - id: needs-assessment
    title: Joint needs assessment, bottom-up and top-down
    description: >-
      Partners pool their data and analysis into one assessment of needs and assets for the place.
      It combines the population view from routine data (top-down) with what communities, frontline
      staff and local organisations know (bottom-up).
    questions:
      - id: needs-joint
        text: >-
          Is there one needs assessment that the partners produce together, pooling their data and
          analysts, rather than separate assessments by each organisation?
        guidance: >-
          Low: each organisation has its own picture and the JSNA is a public health document few
          others use. High: council, NHS and VCSE analysts contribute to one assessment and all
          partners use it as their reference.
        levels:
          0: Each organisation works from its own picture of need.
          2: A joint assessment exists but is largely one partner's work and others rarely use it.
          4: One assessment, built by all partners' analysts, that every partner plans from.
      - id: needs-top-down
        text: >-
          Does the assessment show the size and distribution of health gaps from routine data:
          by deprivation, protected characteristics, inclusion health groups and geography?
        guidance: >-
          Low: averages for the whole area, perhaps with a deprivation comparison for life
          expectancy only. High: gaps are shown across all four dimensions for the main causes of
          the life expectancy gap, down to neighbourhood level where numbers allow.
        levels:
          0: Area averages only.
          2: Deprivation gaps for some causes; few other dimensions.
          4: Gaps across all four dimensions for the main causes, to neighbourhood level.
      - id: needs-bottom-up
        text: >-
          Does the assessment include what residents, community groups, frontline staff and
          voluntary organisations say about needs, gathered systematically?
        guidance: >-
          Low: there is no local voice in it, or only a general consultation survey. High:
          structured engagement (neighbourhood conversations, VCSE insight, staff input) is
          written up alongside the data, including from groups least able to make their case.
        levels:
          0: No local voice in the assessment.
          2: A general consultation survey, or views from one or two groups.
          4: Structured engagement written up alongside the data, including the groups least heard.
      - id: needs-assets
        text: >-
          Does it map the assets of the place and its communities (skills, networks, groups,
          venues, organisations) as well as the problems?
        guidance: >-
          Low: a list of deficits and diseases only. High: an asset map by neighbourhood and
          community of interest, kept up to date and used to design interventions.
      - id: needs-used
        text: >-
          Is the assessment up to date, and can the room point to decisions it has changed in the
          last year?
        guidance: >-
          Low: the assessment is several years old, or is published and then not referred to.
          High: it is refreshed on a known cycle and partners can name recent commissioning or
          policy decisions it shaped.

  # ------------------------------------------------------------------ 3. priority setting
  - id: priority-setting
    title: Joint priority setting, balanced across partners
    description: >-
      Partners agree a small set of shared priorities and objectives for narrowing health gaps. The
      priorities follow from the needs assessment and are balanced across the partners, so that no
      single organisation's agenda dominates.
    questions:
      - id: prio-shared
        text: >-
          Has the partnership agreed a short list of shared priorities for reducing health
          inequalities that every main partner has formally signed up to?
        guidance: >-
          Low: a long list of everyone's concerns, or priorities agreed by one board only. High: a
          handful of priorities, each adopted by the Health and Wellbeing Board, the NHS bodies and
          the council, and recognised by the VCSE sector.
        levels:
          0: No shared priorities; each organisation sets its own.
          2: Shared priorities exist but the list is long or not every partner has adopted it.
          4: A short list adopted by every main partner and used to decide what they fund.
      - id: prio-balanced
        text: >-
          Are the priorities balanced across partners, drawing on each partner's concerns and
          levers, rather than dominated by one organisation's pressures?
        guidance: >-
          Low: the priorities read as one organisation's plan (for example, hospital demand) with
          others' work attached. High: each partner can see its own levers in the priorities, and
          the balance was discussed openly when they were agreed.
        levels:
          0: The priorities read as one organisation's plan.
          2: Some partners see their levers in the priorities; others do not.
          4: Every partner sees its levers in the priorities, balanced in open discussion.
      - id: prio-from-needs
        text: >-
          Do the priorities follow from the needs assessment (the size of each gap and the scope
          to change it), with the reasons written down?
        guidance: >-
          Low: priorities were carried over or chosen by interest, and nobody can say why these
          and not others. High: a short record explains, for each priority, the gap it addresses,
          the evidence that it can be narrowed, and why other candidates were not chosen.
        levels:
          0: Nobody can say why these priorities were chosen.
          2: Some priorities cite the needs assessment; others were carried over.
          4: Every priority has a written record of the gap it addresses and why it was chosen.
      - id: prio-community
        text: >-
          Were communities, including those least able to make their case, involved in choosing
          the priorities?
        guidance: >-
          Low: no community involvement, or a consultation after the choice was made. High:
          communities helped shape the choice, and the partnership took active steps to hear from
          the most disadvantaged groups.
      - id: prio-aligned
        text: >-
          Do partners' own plans and budgets line up with the shared priorities?
        guidance: >-
          Low: the shared priorities sit beside organisational plans that do not mention them.
          High: each partner's annual plan and budget shows its contribution to each shared
          priority.

  # ------------------------------------------------------------------ 4. whole system
  - id: whole-system
    title: Whole system, with civic, service and community interventions all considered
    description: >-
      For each priority the partnership looks at the full range of interventions: civic action by
      the council and other public bodies, service-based interventions, and community-centred
      approaches, and the seams where these meet.
    questions:
      - id: system-civic
        text: >-
          For each priority, has the partnership considered civic levers such as policy,
          regulation and licensing, spatial planning, fiscal measures, economic development and
          the council's role as an employer (a Health in All Policies approach)?
        guidance: >-
          Low: plans consist of health services and campaigns only. High: each priority names the
          civic levers considered, which ones are used, and who in the council owns them.
        levels:
          0: Civic levers are not considered.
          2: Civic levers appear for one or two priorities, usually led by public health.
          4: Every priority has considered civic levers, owned by the relevant council services.
      - id: system-service
        text: >-
          Has it considered service-based interventions, and how they would be delivered at a
          scale that reaches the most disadvantaged further and faster?
        guidance: >-
          Low: services are listed without any thought about their reach or scale. High: the
          service contribution to each priority is described with its intended reach, and tools
          such as POTS have been used to find weak links in service delivery.
      - id: system-community
        text: >-
          Has it considered community-centred approaches: strengthening communities, volunteer
          and peer roles, collaborations and partnerships, and access to community resources?
        guidance: >-
          Low: community action is an afterthought or a small grants scheme. High: each priority
          includes community-centred approaches, planned with communities and VCSE partners and
          resourced as part of the plan.
        levels:
          0: Community action is a small grants scheme or an afterthought.
          2: Community-centred approaches appear for some priorities.
          4: Every priority includes resourced community-centred approaches, planned with communities.
      - id: system-seams
        text: >-
          Does the plan look at the seams where civic, service and community action meet (for
          example, services engaging with communities, or council and NHS services joining up),
          to remove gaps and duplication?
        guidance: >-
          Low: each segment plans on its own. High: the partnership has examined each seam,
          named the barriers it found, and agreed joint actions across them.
        levels:
          0: Each segment plans on its own.
          2: Some seams examined, with few joint actions.
          4: Every seam examined, barriers named and joint actions agreed.
      - id: system-levels
        text: >-
          Do the plans connect the system, district and neighbourhood levels, so that actions at
          each level reinforce the others?
        guidance: >-
          Low: neighbourhood and primary care network plans are written without reference to the
          place plan, or the reverse. High: a clear thread links objectives at each level, and
          neighbourhood teams can say which place priorities they serve.

  # ------------------------------------------------------------------ 5. interventions
  - id: interventions
    title: Interventions selected realistically for system and scale
    description: >-
      The interventions chosen are ones with evidence behind them and a realistic chance of making
      a measurable difference at population level, given the reach, scale and time the system can
      actually deliver.
    questions:
      - id: select-evidence
        text: >-
          Are the chosen interventions backed by good evidence, for example NICE guidance, LGA
          resources or the NHS England and PHE menu of evidence-based interventions?
        guidance: >-
          Low: interventions are chosen because they already exist or are popular. High: each
          intervention has cited evidence, and its local version keeps the features that made it
          work.
        levels:
          0: Interventions chosen because they exist or are popular.
          2: Evidence cited for some interventions.
          4: Cited evidence for every intervention, with the features that made it work kept.
      - id: select-scale
        text: >-
          For each intervention, has the partnership estimated the reach, scale and duration
          needed to change outcomes at population level, and checked that it can deliver them?
        guidance: >-
          Low: pilots with no plan for scale, and no estimate of how many people they must reach.
          High: simple estimates of reach and expected effect for each intervention, compared
          honestly with the capacity and funding available.
        levels:
          0: No estimate of the reach or scale needed.
          2: Estimates exist for some interventions, but capacity has not been checked against them.
          4: Every intervention has a reach and scale estimate that the system has checked it can deliver.
      - id: select-equity
        text: >-
          Are interventions designed to reach the most disadvantaged further and faster, in
          proportion to need?
        guidance: >-
          Low: universal offers, taken up mostly by the better off. High: interventions are
          weighted towards need, and their reach into the most disadvantaged groups is planned
          and checked.
        levels:
          0: Universal offers with no thought for who takes them up.
          2: Some interventions are targeted, but their reach is not checked.
          4: Every intervention weighted to need, with its reach into the most disadvantaged checked.
      - id: select-conditions
        text: >-
          Do the interventions act on people's circumstances and surroundings as well as on their
          behaviour, rather than relying only on individuals choosing to change?
        guidance: >-
          Low: the plan is mostly campaigns and advice asking individuals to change alone, which
          can widen gaps. High: each priority pairs help for individuals with action on the
          conditions they live in, and the risk of widening gaps has been checked.
      - id: select-sustainable
        text: >-
          Are the interventions sustainable beyond short-term or one-off funding?
        guidance: >-
          Low: most depend on time-limited grants with no plan for afterwards. High: each has a
          recurrent funding source or an agreed plan to move into mainstream budgets.
        levels:
          0: Most interventions depend on time-limited grants.
          2: Some have recurrent funding or a plan to move into mainstream budgets.
          4: Every intervention has recurrent funding or an agreed plan for it.

  # ------------------------------------------------------------------ 6. targets
  - id: targets
    title: Targets that are locally relevant and meaningful
    description: >-
      The partnership sets targets that fit local circumstances and mean something to local
      partners and communities, including targets for narrowing gaps and not only for improving
      averages.
    questions:
      - id: target-gap
        text: >-
          Are there targets for narrowing gaps (between the most and least deprived, or between
          groups), and not only for improving the average?
        guidance: >-
          Low: targets for the whole population only, which can be met while gaps widen. High:
          each priority has a gap target alongside its population target.
        levels:
          0: Only whole-population or activity targets.
          2: Gap targets exist for one or two priorities.
          4: Every priority has a gap target as well as a population target.
      - id: target-local
        text: >-
          Are the targets set from the local baseline and trend, and do local partners and
          communities find them meaningful?
        guidance: >-
          Low: national targets copied over without reference to local data. High: targets were
          set from local trajectories, tested with partners and expressed in terms residents
          understand (for example, years of healthy life, or people helped into work).
      - id: target-measurable
        text: >-
          Does each target have a baseline, an agreed measure from available data, a date, and
          milestones along the way?
        guidance: >-
          Low: aims without measures or dates. High: every target has a baseline, a data source
          the partners share, a deadline and interim milestones that the board reviews.
        levels:
          0: Aims without measures or dates.
          2: Some targets have baselines and dates; few have milestones.
          4: Every target has a baseline, shared data source, deadline and milestones the board reviews.
      - id: target-linked
        text: >-
          Are the targets linked to the chosen interventions, so that they add up to the change the
          interventions are expected to make?
        guidance: >-
          Low: targets are aspirations unrelated to what is being done. High: each target is
          backed by an estimate of what the chosen interventions will contribute, and the gap
          between the two is acknowledged.
        levels:
          0: Targets unrelated to what is being done.
          2: Some targets backed by an estimate of the interventions' contribution.
          4: Every target backed by an estimate, with the remaining gap acknowledged.
      - id: target-thread
        text: >-
          Do the targets carry through from the place plan to organisational, district and
          neighbourhood plans?
        guidance: >-
          Low: targets live only in the place strategy. High: teams at each level can show the
          targets they contribute to and how they measure their part.

  # ------------------------------------------------------------------ 7. business plan
  - id: business-plan
    title: Business plan with a health economic case for change
    description: >-
      A business plan sets out the resources the change needs and makes the economic case for it:
      what health inequalities cost the place now, and what the chosen interventions are expected
      to return.
    questions:
      - id: plan-case
        text: >-
          Is there a health economic case for change that uses local figures for what health
          inequalities cost, for example extra hospital use, social care and lost employment and
          productivity?
        guidance: >-
          Low: the case for action is moral or national only. High: a local case quantifies the
          costs of inequality for the place and is used in funding discussions.
        levels:
          0: No economic case.
          2: National figures are quoted; local costs have not been estimated.
          4: A local economic case, agreed by finance leads, is used to make funding decisions.
      - id: plan-resources
        text: >-
          Does the plan set out what each partner will contribute (money, staff, buildings,
          data) and for how long?
        guidance: >-
          Low: the plan assumes resources nobody has committed. High: each partner's contribution
          is written down for the life of the plan and matches its own budget.
        levels:
          0: The plan assumes resources nobody has committed.
          2: Some partners' contributions are written down, for a year at a time.
          4: Every partner's contribution written down for the life of the plan, matching its budget.
      - id: plan-return
        text: >-
          Are return-on-investment or cost-effectiveness estimates used to choose and phase the
          interventions?
        guidance: >-
          Low: no estimates, or estimates made after the choices. High: estimates (for example
          from NICE or LGA tools) shaped which interventions come first, with the assumptions on
          record.
      - id: plan-shift
        text: >-
          Does the plan show how resources will shift towards prevention and towards the places
          and groups with greatest need, in proportion to that need?
        guidance: >-
          Low: the money follows historical patterns. High: the plan shows a planned, measured
          shift of spending towards prevention and towards the most disadvantaged.
        levels:
          0: Spending follows historical patterns.
          2: A shift is intended but not planned or measured.
          4: A planned, measured shift towards prevention and the most disadvantaged.
      - id: plan-reinvest
        text: >-
          Where the plan expects savings, have partners agreed how savings in one organisation
          will be shared or reinvested across the partnership?
        guidance: >-
          Low: savings are expected but it is unclear who keeps them, so partners hesitate to
          invest. High: a written agreement on sharing or reinvesting savings. Answer na if the
          plan claims no cashable savings.

  # ------------------------------------------------------------------ 8. information governance
  - id: information-governance
    title: Information governance for systematic intelligence sharing
    description: >-
      Partners share data and intelligence routinely and lawfully, under agreed protocols, so that
      delivery of the plan can be tracked against its targets, managed and evaluated from the same
      information by every partner. (Pooling data for the joint needs assessment is rated in step
      2.)
    questions:
      - id: info-protocols
        text: >-
          Are data-sharing agreements and protocols in place across the partners, covering the
          data the plan depends on?
        guidance: >-
          Low: data is shared case by case, or blocked by uncertainty about what is allowed. High:
          signed agreements cover all main partners, including the VCSE sector where relevant,
          and are reviewed on schedule.
        levels:
          0: No agreements; sharing depends on personal contacts.
          2: Agreements cover some partners or some data flows.
          4: Agreements cover every data flow the plan needs and are reviewed on schedule.
      - id: info-linked
        text: >-
          Can the partnership link data across organisations (for example GP, hospital, social
          care, housing and benefits data) to look at inequalities along people's whole journey?
        guidance: >-
          Low: each dataset is analysed separately. High: linked, pseudonymised data supports
          routine analysis of inequalities across services.
      - id: info-breakdowns
        text: >-
          Is data recorded well enough to break results down by deprivation, ethnicity and other
          protected characteristics, and inclusion health groups?
        guidance: >-
          Low: key fields (ethnicity, address, housing status) are often missing. High: recording
          is complete enough for reliable breakdowns, and gaps in recording are monitored and
          improved.
        levels:
          0: Key fields such as ethnicity and address are often missing.
          2: Complete enough for some breakdowns; gaps not monitored.
          4: Complete enough for reliable breakdowns, with gaps monitored and improved.
      - id: info-intelligence
        text: >-
          Is there shared analytical capacity that turns the data into regular intelligence for
          the partnership?
        guidance: >-
          Low: reports are produced when someone asks, by whoever has time. High: a joint
          intelligence function produces a regular report on the priorities and targets, which
          the board uses.
        levels:
          0: Reports only when someone asks, by whoever has time.
          2: Regular reports on some priorities, from one partner's analysts.
          4: A joint intelligence function reports regularly on every priority and target.
      - id: info-two-way
        text: >-
          Does intelligence flow both ways between statutory partners and the voluntary and
          community sector?
        guidance: >-
          Low: VCSE organisations supply data but rarely see the analysis, or their insight is
          not used. High: VCSE partners receive the intelligence they need, and their insight is
          part of the regular report.

  # ------------------------------------------------------------------ 9. programme management
  - id: programme-management
    title: Programme management with clear accountability
    description: >-
      The partnership agrees how the cross-organisational programme is managed and governed, so it
      is always clear who is accountable for each priority, intervention and target, and delivery
      is tracked.
    questions:
      - id: prog-accountable
        text: >-
          Does each priority and each main intervention have a named, accountable lead with the
          authority to deliver it?
        guidance: >-
          Low: actions belong to "the partnership" or to a team, and nobody answers for them.
          High: every priority and intervention has a named senior lead who reports on it to the
          board.
        levels:
          0: Nobody is named as accountable.
          2: Leads are named for some priorities, but not always people who can make things happen.
          4: A named senior lead for every priority and intervention, answering to the board.
      - id: prog-governance
        text: >-
          Is there agreed cross-organisational governance for the programme: who decides, who
          reports to whom, and how often?
        guidance: >-
          Low: decisions drift between boards and nobody is sure where they are made. High: terms
          of reference, a reporting cycle and a clear route to each partner's own board.
        levels:
          0: Nobody is sure where decisions are made.
          2: Governance agreed for some work, with unclear reporting routes.
          4: Terms of reference, a reporting cycle and a route to each partner's board.
      - id: prog-tracking
        text: >-
          Is delivery tracked against milestones and risks, and does the board act when work
          slips?
        guidance: >-
          Low: progress is reported as narrative, if at all. High: a regular highlight report on
          milestones and risks, with recorded decisions when things slip.
        levels:
          0: Progress reported as narrative, if at all.
          2: Milestones tracked for some work; slippage is noted but not acted on.
          4: Regular reports on milestones and risks, with recorded decisions when work slips.
      - id: prog-capacity
        text: >-
          Is there dedicated programme management capacity, rather than the work being done in
          people's spare time?
        guidance: >-
          Low: no one's job includes managing the programme. High: funded programme management
          support, shared across partners.
      - id: prog-topics
        text: >-
          Are topic programmes (for example cardiovascular disease or tobacco) managed as parts of
          the place plan, with their leads reporting through it?
        guidance: >-
          Low: topic programmes run in parallel with their own governance and priorities. High:
          each topic programme shows how it serves the place priorities and reports through the
          same governance.

  # ------------------------------------------------------------------ 10. evaluation
  - id: evaluation
    title: Evaluation built in from the start
    description: >-
      Evaluation is designed with the plan, from its targets, business case and shared
      intelligence, and in place before delivery begins, not added at the end, so the
      partnership can tell whether it is narrowing gaps and can learn and adjust as it goes.
    questions:
      - id: eval-designed
        text: >-
          Before a programme's delivery begins, is its evaluation designed, with a logic model,
          baseline, indicators drawn from its targets and a plan for data collection?
        guidance: >-
          Low: evaluation is considered at the end, if money is left. High: every programme
          starts with an evaluation plan and a baseline, agreed before delivery begins.
        levels:
          0: No programme has an evaluation plan.
          2: Some programmes plan evaluation from the start; others add it later or not at all.
          4: Every programme begins with an agreed evaluation plan and baseline.
      - id: eval-gaps
        text: >-
          Does evaluation measure the effect on gaps between groups, not only on the average?
        guidance: >-
          Low: results are reported for participants or the whole population only. High:
          results are broken down by deprivation and other dimensions, and report whether gaps
          narrowed.
        levels:
          0: Results for participants or the whole population only.
          2: Some evaluations report by deprivation.
          4: Every evaluation reports whether gaps between groups narrowed.
      - id: eval-learning
        text: >-
          Do evaluation findings feed back into priorities, interventions and budgets?
        guidance: >-
          Low: evaluation reports are filed and not discussed. High: the board reviews findings
          on a cycle and can point to interventions changed, scaled up or stopped as a result.
        levels:
          0: Evaluation reports are filed and not discussed.
          2: Findings discussed, with few changes made.
          4: Findings reviewed on a cycle, with interventions changed, scaled up or stopped.
      - id: eval-community
        text: >-
          Are communities and voluntary organisations involved in evaluation, for example by
          choosing what counts as success or taking part in participatory methods?
        guidance: >-
          Low: evaluation is done to communities. High: community members help design, carry out
          and interpret evaluation, and results are shared back with them.
      - id: eval-resourced
        text: >-
          Is evaluation resourced, with budget, analytical capacity and, where useful, academic
          partners?
        guidance: >-
          Low: no budget or named capacity. High: a set share of programme budgets goes to
          evaluation, with named analysts or academic partners.
weakest_links: { below: 1.5, show: 3 }
consensus: { max_spread: 2 }
rules:
  - id: weak-foundation
    for_each: element
    when: score < 1.5 and count(elements, e, e.index > index and e.score >= 2.5) > 0
    severity: warning
    message: "{title} scores {score} but later steps are rated higher: their strength rests on a weak foundation"
    recommendation: >-
      Each step of place-based planning builds on the ones before it, so strength further along the
      chain is fragile while {title} is weak. Check what the later steps assume from this one, and
      make strengthening {title} the first joint action before investing further downstream.
  - id: leadership-not-committed
    when: element.leadership.score < 2
    severity: critical
    message: "Leadership scores {element.leadership.score}: without leaders across the place who own health inequalities goals, every later step of the plan is at risk."
    recommendation: >-
      Leadership comes first in the chain. Take the results to the Health and Wellbeing Board and
      the chief executives of the main partners, ask each to state what their organisation will
      commit to the shared goals, and make sure the planning group includes people who can commit
      resources.
  - id: evaluation-not-built-in
    when: element.evaluation.score < 1.5
    severity: warning
    message: "Evaluation scores {element.evaluation.score}: the partnership will not be able to tell whether its plan is narrowing gaps."
    recommendation: >-
      Build evaluation in before delivery starts rather than adding it later. For each current
      programme, agree a simple logic model, a baseline broken down by the main dimensions of
      inequality, and indicators drawn from its targets and the shared intelligence, before the
      next round of delivery.
  - id: chain-broken
    when: chain.strength < 1
    severity: critical
    message: "The weakest step in the chain scores {chain.strength}: at least one element of place-based planning is essentially missing."
    recommendation: >-
      A chain is only as strong as its weakest link. Before refining the stronger steps, agree who
      will put the missing step in place and by when, and review it first at the next assessment.
  - id: priorities-ahead-of-needs
    when: element.priority-setting.score - element.needs-assessment.score >= 1
    severity: info
    message: "Priority setting ({element.priority-setting.score}) is rated well above the joint needs assessment ({element.needs-assessment.score}) it should rest on."
    recommendation: >-
      Check whether the shared priorities follow from an agreed picture of need and assets, or
      from the concerns of the partners round the table. Strengthen the joint needs assessment,
      including its bottom-up evidence, before the priorities are next reviewed.

"""##),
        (id: "pots", text: ##"""
# yaml-language-server: $schema=../schemas/workbook.schema.json
# POTS: Population Outcomes Through Services.
# The 13 elements, their three groups and the idea of "weakest links" come from PHE's place-based
# approaches report (see sources). Everything else in this file (questions, guidance, level wording,
# the 0-4 scale, bands and rules) is this project's own reconstruction. See docs/workbooks/pots.md.
workbook: pots
version: "2021.2"
title: Population Outcomes Through Services (POTS)
summary: >-
  POTS asks whether local services are set up to change outcomes for a whole population and to narrow
  health inequalities, rather than only doing well for the people who already use them. PHE calls
  it a symmetrical framework, giving equal weight to five elements of direct service delivery
  (evidence, local effectiveness, cost effectiveness, accessibility and engagement with users) and
  five that shape how the people who could benefit come to use those services (needs assessment,
  unmet need, equitable targeting, support for uptake and self-managed care), with three elements
  (service volumes, balanced pathways, and leadership and coordination) that balance the two. This
  workbook draws the service side on the right and the population side on the left, with the
  balancing elements in the centre, where PHE puts them. Which side is left and which right is
  this project's convention, borrowed from the description of the earlier NST diagnostic in the
  NSMC's study of Spearhead PCTs, not from the POTS text. A
  partnership rates every element, in a workshop or as a desk assessment, so that the weakest links in
  the system stand out and can be strengthened first. PHE publishes the 13 elements and the
  weakest-link idea but not its detailed workbook. The questions, the guidance, the numeric 0-4 scale,
  the level labels, the bands and the rules in this file are this project's own reconstruction and
  convention. They are not PHE wording, and scores from this workbook cannot be compared with any
  assessment PHE ran itself.
sources:
  - title: "Place-based approaches for reducing health inequalities: main report"
    publisher: Public Health England
    year: 2021
    section: "Section 1, Service-based interventions: the POTS framework, Figure 8 and the text around it"
    note: >-
      Updated 28 September 2021. Provides the 13 elements in three groups (5
      service delivery, 5 population, 3 balancing), the point that services need both sides and the
      centre, and the use of the framework to find and target weakest links. Other sections inform the
      questions: the Labonte lessons on proportionate allocation, the reasons services fail to reach
      population scale (unwarranted variation; variable use of services), community-centred
      approaches, the seams between civic, service and community action, and the ten elements of
      place-based planning (Tool A).
  - title: "Reducing health inequalities: system, scale and sustainability"
    publisher: Public Health England
    year: 2017
    note: >-
      Cited by the main report (footnote 25) as the original publication of the POTS diagnostic. Not
      consulted for this workbook; listed so users can find the original.
scale:
  levels:
    - value: 0
      label: Not in place
      description: Nothing is in place, or nobody in the room can point to anything.
    - value: 1
      label: Emerging
      description: >-
        Early or one-off activity that depends on a few committed people and is not yet part of how the
        system works.
    - value: 2
      label: Developing
      description: >-
        Arrangements exist for some services, conditions or neighbourhoods, but coverage is patchy and
        known gaps remain.
    - value: 3
      label: Established
      description: >-
        Routine and consistent across the partnership, and there is evidence that it shapes decisions.
    - value: 4
      label: Exemplary
      description: >-
        Established, evaluated, shown to help narrow gaps, and still improving. Other areas could learn
        from it.
  not_applicable: true
aggregate: median
bands:
  - { id: weak, label: Weak link, below: 1.5, colour: "#c0392b" }
  - { id: developing, label: Developing, below: 2.5, colour: "#b9770e" }
  - { id: strong, label: Strong, colour: "#1e8449" }
layout: symmetric
groups:
  - id: service
    title: Service delivery
    position: right
    description: >-
      How well the services themselves are chosen, run, paid for, reached and shaped with their users.
  - id: population
    title: Population focus
    position: left
    description: >-
      How well the partnership understands who needs the services, who is missing, and how it helps
      those with most need to use them and to look after their own health.
  - id: balance
    title: Balancing the system
    position: centre
    description: >-
      What connects the two sides: enough capacity for the need that is found, pathways without
      bottlenecks, and leadership that coordinates across place and pathways.
elements:
  # ----------------------------------------------------------------- service delivery (right)
  - id: evidence
    group: service
    title: Strong evidence for interventions
    description: >-
      The interventions the area commissions and delivers are ones with good evidence of benefit, for
      example from NICE or the LGA, and are likely to make a difference at the scale the area can
      deliver them.
    questions:
      - id: evidence-nice
        text: >-
          For our priority outcomes, are the main interventions we fund backed by strong evidence (for
          example NICE guidance, LGA resources, or the NHS England and PHE menu of evidence-based
          interventions)?
        guidance: >-
          Low: services are funded because they have always been funded, and nobody can name the
          evidence behind them. High: each priority has a short list of interventions with cited
          evidence, and the list is the basis of commissioning.
        levels:
          0: Nobody can say what evidence lies behind the main interventions.
          2: Evidence is cited for some priorities; others rely on custom and practice.
          4: Every priority is served by interventions with cited, current evidence.
      - id: evidence-equity
        text: >-
          Do we know whether the interventions work for the disadvantaged groups we most need to reach,
          and not only for the population on average?
        guidance: >-
          Low: evidence is taken at face value, and approaches that rely only on individual behaviour
          change are used without asking whether they could widen gaps. High: for each main
          intervention the room knows whether it narrows, holds or risks widening gaps, and chooses
          accordingly.
        levels:
          0: Nobody asks whether the interventions work for disadvantaged groups.
          2: Known for some interventions; others are assumed to work for everyone.
          4: Known for every main intervention, and used to choose between them.
      - id: evidence-scale
        text: >-
          When choosing interventions, do we estimate the change they could make at population level
          given the reach, scale and duration we can fund?
        guidance: >-
          Low: pilots and small projects are chosen with no estimate of population impact. High: there
          are simple estimates (how many people reached, expected effect, years to impact) for the main
          interventions, and they inform which ones are scaled up.
      - id: evidence-review
        text: >-
          Is there a routine way to review what we fund against new evidence, and to redesign or stop
          what lacks it?
        guidance: >-
          Low: contracts are rolled over without review. High: a regular review cycle has led to
          visible changes, including decommissioning, in the last two years.
        levels:
          0: Contracts are rolled over without review.
          2: Some services reviewed against evidence; few changes made.
          4: A regular review cycle with visible changes, including decommissioning, in two years.

  - id: effectiveness
    group: service
    title: Best local service effectiveness
    description: >-
      Services achieve locally what the evidence says they can, through good governance, audit and
      evaluation, staff training and quality improvement, so that unwarranted variation between
      providers is reduced.
    questions:
      - id: effect-governance
        text: >-
          Do the main services have clear governance that looks at the outcomes they achieve locally,
          not only at activity?
        guidance: >-
          Low: performance reports count contacts and waiting times only. High: boards regularly see
          outcome measures for each main service and act on them.
      - id: effect-audit
        text: >-
          Are services audited or evaluated against standards, with results broken down by deprivation,
          ethnicity or other equity groups?
        guidance: >-
          Low: no recent audit, or results only for the whole population. High: audit cycles run for
          the main services and always report the gap between groups as well as the average.
        levels:
          0: No recent audit or evaluation of the main services.
          2: Audits run for some services; few break results down by group.
          4: Regular audit for all main services, always reported by equity group, with re-audit.
      - id: effect-variation
        text: >-
          Is unwarranted variation between practices, providers or neighbourhoods identified and acted
          on?
        guidance: >-
          Low: variation is unknown or accepted as normal. High: outliers are identified from routine
          data, supported to improve, and the spread narrows over time.
        levels:
          0: Variation between providers is not known.
          2: Variation is reported, but outliers are rarely followed up.
          4: Outliers are found from routine data, supported, and the spread is narrowing.
      - id: effect-training
        text: >-
          Do staff have the training and quality improvement support they need to deliver the
          interventions well?
        guidance: >-
          Low: training is ad hoc and quality improvement is an individual interest. High: there is a
          training plan for priority interventions and a quality improvement programme that teams
          actually use.

  - id: cost-effectiveness
    group: service
    title: Cost effectiveness and return on investment
    description: >-
      The area understands what its interventions cost and return, uses resources efficiently, and can
      make the economic case for investing in earlier action where need is greatest.
    questions:
      - id: cost-roi
        text: >-
          Have we estimated the cost effectiveness or return on investment of our main interventions
          (for example with NICE or LGA tools)?
        guidance: >-
          Low: no estimates exist. High: estimates exist for the main interventions, with their
          assumptions written down, and are updated when services change.
        levels:
          0: No estimates of cost effectiveness or return.
          2: Estimates for one or two interventions, with assumptions unrecorded.
          4: Estimates for every main intervention, with written assumptions, kept up to date.
      - id: cost-efficiency
        text: >-
          Do we look for and remove duplication, overlaps and waste between the services that serve the
          same people?
        guidance: >-
          Low: several organisations run similar services for the same people without knowing it. High:
          overlaps have been mapped and rationalised, and the money released has been reinvested.
      - id: cost-case
        text: >-
          Is there an agreed economic case for moving resources towards prevention and earlier help in
          the most deprived areas?
        guidance: >-
          Low: the case has never been made locally. High: partners have agreed a case that uses local
          costs (for example extra hospital use in deprived areas) and it appears in budgets and plans.
        levels:
          0: The case has never been made locally.
          2: A case made with national figures only.
          4: An agreed case with local costs, visible in budgets and plans.
      - id: cost-shared-savings
        text: >-
          Where one organisation invests and another gains the savings, is there an agreement that
          shares the cost and the benefit?
        guidance: >-
          Low: investment stalls because savings fall to someone else. High: a pooled budget or a
          written agreement lets partners invest jointly. Rate 'na' only if no such cross-organisation
          investment is being considered.

  - id: accessibility
    group: service
    title: Accessibility favouring the most disadvantaged
    description: >-
      Services are easiest to reach for the people who need them most: where and when they are offered,
      what is offered, and the choice people have.
    questions:
      - id: access-location
        text: >-
          Are services offered where and when the most disadvantaged people can use them (places,
          opening times, transport)?
        guidance: >-
          Low: services sit where they always have, with office-hours access only. High: location and
          hours have been checked against where need is highest, and changed where needed.
        levels:
          0: Access has never been reviewed against need.
          2: Some services have moved or extended hours in the most deprived areas.
          4: Access is planned from need for all main services and checked every year.
      - id: access-offer
        text: >-
          Is the service offer adapted for groups who face barriers (formats, languages, outreach,
          community settings, inclusion health groups)?
        guidance: >-
          Low: one offer for everyone. High: adapted offers exist for the groups with the lowest use,
          designed with those groups, and their uptake is tracked.
        levels:
          0: One offer for everyone.
          2: Adapted offers for one or two groups, not tracked.
          4: Adapted offers, designed with the groups with lowest use, and their uptake tracked.
      - id: access-choice
        text: >-
          Do people, including those with least time, money or confidence, have real choice in how they
          use the service (walk-in, evenings, phone, community venues)?
        guidance: >-
          Low: a single route in, usually by appointment in working hours. High: several routes in, and
          the ones used most by disadvantaged groups are protected when budgets are tight.
      - id: access-monitoring
        text: >-
          Do we monitor access and uptake by deprivation and equity group, and act when gaps appear?
        guidance: >-
          Low: no breakdown, or data that nobody looks at. High: breakdowns are routine, reported to the
          partnership, and have triggered changes.
        levels:
          0: Access and uptake are not broken down.
          2: Broken down for some services, with little action taken.
          4: Routine breakdowns for every main service, reported, and acted on.

  - id: engagement
    group: service
    title: Service and user engagement
    description: >-
      Services are designed, improved and delivered together with the people who use them and with
      those who could benefit but do not yet use them.
    questions:
      - id: engage-design
        text: >-
          Are users, and people who could use the service but do not, involved in designing or
          redesigning it?
        guidance: >-
          Low: design is done by professionals; consultation comes at the end if at all. High: people
          from the target groups help shape services from the start, and changes can be traced to
          their input.
        levels:
          0: Professionals design services; people are consulted at the end, if at all.
          2: Users help redesign some services; non-users are rarely involved.
          4: People from the target groups, users and non-users, shape every main service from the start.
      - id: engage-feedback
        text: >-
          Do we gather feedback from non-users and under-represented groups, not only from current
          users, and show what changed as a result?
        guidance: >-
          Low: a satisfaction survey of current users. High: active feedback from groups who do not
          attend, through trusted community routes, with published changes made in response.
        levels:
          0: A satisfaction survey of current users only.
          2: Some feedback from non-users, with changes rarely shown.
          4: Active feedback from non-users through trusted routes, with published changes.
      - id: engage-delivery
        text: >-
          Do community members and VCSE organisations take part in delivery (for example peer support,
          health champions, community navigators)?
        guidance: >-
          Low: delivery is entirely by statutory staff. High: community and peer roles are a planned,
          funded and supported part of delivery for priority services.
        levels:
          0: Delivery is entirely by statutory staff.
          2: Some peer or community roles, funded project by project.
          4: Planned, funded and supported community roles in every priority service.
      - id: engage-trust
        text: >-
          Do services build on relationships and trust that partners (councils, VCSE groups, faith and
          community organisations) already have with communities?
        guidance: >-
          Low: services try to engage communities on their own and struggle. High: services reach
          communities through partners they already trust, with agreed roles and funding.

  # ----------------------------------------------------------------- population focus (left)
  - id: needs-assessment
    group: population
    title: Needs assessment
    description: >-
      The partnership knows how risk, disease burden and community assets are distributed across
      places and groups, and where problems cluster together.
    questions:
      - id: needs-distribution
        text: >-
          Does our needs assessment show how risk and disease burden are spread across neighbourhoods
          and groups (deprivation, protected characteristics, inclusion health groups, geography)?
        guidance: >-
          Low: the needs assessment reports area averages. High: it shows the gradient by deprivation
          and the position of specific groups, for each priority.
        levels:
          0: Only area-wide averages are available.
          2: Breakdowns by deprivation exist for some priorities; few for specific groups.
          4: Every priority is broken down by deprivation and by the groups most at risk.
      - id: needs-clustering
        text: >-
          Do we understand where risks and conditions cluster in the same people, families and
          places?
        guidance: >-
          Low: each topic is assessed on its own. High: analysis shows multiple risks and conditions
          together, and it is used to design joined-up offers.
      - id: needs-assets
        text: >-
          Does the assessment map community assets (groups, venues, networks, skills) as well as
          problems?
        guidance: >-
          Low: a deficit-only picture. High: an asset map built with communities, kept up to date and
          used by services and commissioners.
      - id: needs-local-voice
        text: >-
          Does it combine data from the top down with what communities and frontline staff report from
          the bottom up?
        guidance: >-
          Low: data only. High: community and frontline insight is gathered systematically and given
          equal standing with routine data.
        levels:
          0: Routine data only.
          2: Community or staff views gathered now and then, kept apart from the data.
          4: Community and frontline insight gathered systematically and weighed with the data.
      - id: needs-used
        text: >-
          Is the needs assessment used to set priorities and commissioning decisions?
        guidance: >-
          Low: the document is published and shelved. High: decisions and budgets cite it, and it is
          refreshed to match the planning cycle.
        levels:
          0: Published and shelved.
          2: Cited in some decisions, refreshed irregularly.
          4: Cited in decisions and budgets, refreshed to match the planning cycle.

  - id: unmet-need
    group: population
    title: Unmet need and demand
    description: >-
      The partnership knows the gap between the need that exists and the demand that reaches services,
      who is missing, and why.
    questions:
      - id: unmet-prevalence
        text: >-
          Have we estimated the gap between expected and recorded prevalence for priority conditions
          (for example hypertension, diabetes, COPD), by practice or neighbourhood?
        guidance: >-
          Low: no estimate. High: expected and recorded prevalence are compared by practice and by
          deprivation, and the gaps are shared with the practices concerned.
        levels:
          0: No estimate of undiagnosed need.
          2: Estimates for one or two conditions at area level only.
          4: Estimates for all priority conditions, by practice and neighbourhood, refreshed each year.
      - id: unmet-missing
        text: >-
          Do we know which groups are missing from services altogether (not registered, never
          presenting)?
        guidance: >-
          Low: missing groups are not known. High: the groups are named, their size is estimated, and
          partners who can reach them have been engaged.
        levels:
          0: Nobody knows who is missing.
          2: Some missing groups are named, but their size is not estimated.
          4: Missing groups named and sized, with partners engaged to reach each one.
      - id: unmet-demand
        text: >-
          Do we understand why demand (who comes forward) differs from need: the barriers groups with
          low uptake face, such as knowledge, language, transport, cost, confidence, trust or past
          experience?
        guidance: >-
          Low: low use is put down to choice, and barriers are assumed. High: the reasons have been
          found out with the groups concerned, for each priority service, and are written into
          service plans.
        levels:
          0: Low use is put down to choice; nobody has asked why.
          2: Barriers are known for one or two groups or services, mostly from staff views.
          4: Barriers found out with each low-uptake group, for every priority service, and in plans.

  - id: equity-targeting
    group: population
    title: Equitable focus and targeting
    description: >-
      Resources are directed in proportion to need, with the aim of improving outcomes fastest and
      furthest for the most disadvantaged, so that gaps narrow rather than averages rising.
    questions:
      - id: equity-proportionate
        text: >-
          Are resources allocated in proportion to need, rather than equally per head or by who asks?
        guidance: >-
          Low: allocation follows history or population size. High: an explicit needs-weighted formula
          or rule is used, and the most deprived areas receive visibly more per head.
        levels:
          0: Allocation follows history or headcount.
          2: Some extra resource goes to deprived areas, but not by any agreed rule.
          4: Needs-weighted allocation across the main budgets, published and reviewed.
      - id: equity-gap-targets
        text: >-
          Do our plans set targets for narrowing gaps, and not only for improving the average?
        guidance: >-
          Low: targets are area-wide averages. High: each priority has a gap target (for example
          between the most and least deprived fifths) that partners report against.
        levels:
          0: Only area-wide average targets.
          2: Gap targets for one or two priorities.
          4: A gap target for every priority, reported against by partners.
      - id: equity-groups
        text: >-
          Are specific disadvantaged groups (for example inclusion health groups, ethnic minority
          communities, disabled people) named and targeted in plans?
        guidance: >-
          Low: groups are mentioned in general terms. High: named groups have specific actions, owners
          and measures.
        levels:
          0: Groups mentioned in general terms only.
          2: Some named groups have actions, without owners or measures.
          4: Named groups with specific actions, owners and measures.
      - id: equity-adjust
        text: >-
          When gaps do not narrow, do we change where the resources go?
        guidance: >-
          Low: no one checks. High: gap trends are reviewed, and there are recent examples of resources
          being moved as a result.

  - id: uptake-support
    group: population
    title: Support for uptake and engagement
    description: >-
      People who are less likely to use services get graduated, targeted help to take up the offer and
      to stay engaged, because use of services varies with knowledge, skills, confidence and
      resources.
    questions:
      - id: uptake-outreach
        text: >-
          Is there proactive outreach, call and recall for people who do not take up offers such as
          screening, health checks or immunisation?
        guidance: >-
          Low: invitations are sent once and non-responders are not followed up. High: non-responders
          are followed up in several ways, prioritised by need, and uptake gaps are narrowing.
        levels:
          0: One invitation; non-responders are not followed up.
          2: Some programmes recall non-responders, in the same way for everyone.
          4: Every main programme follows up non-responders in several ways, prioritised by need.
      - id: uptake-graduated
        text: >-
          Is the help people get to use a service graduated by need: light for most, and more
          intensive (a supported first appointment, help with travel or cost, extra time) for those
          least likely to use it well?
        guidance: >-
          Low: everyone gets the same letter or leaflet, whatever their circumstances. High: there are
          agreed levels of support, the people who need the most are identified, and they get it.
        levels:
          0: The same offer of help for everyone.
          2: Extra help exists for some services, given when staff think of it.
          4: Agreed levels of support for every main service, matched to need and monitored.
      - id: uptake-retention
        text: >-
          When someone misses appointments or stops treatment, does someone get in touch to find out
          why and help them back?
        guidance: >-
          Low: people who miss appointments are discharged or left to come back on their own. High:
          missed appointments and stopped treatment trigger a personal follow-up, for the groups
          most likely to disengage first.

  - id: self-care
    group: population
    title: Self-managed care
    description: >-
      People, especially those with long-term conditions in disadvantaged groups, have the knowledge,
      confidence and resources to manage their own health, and the gaps and barriers to this are
      known.
    questions:
      - id: selfcare-gaps
        text: >-
          Do we know where people are least able to manage their own conditions, and why?
        guidance: >-
          Low: no information. High: gaps are identified by condition, area and group, drawing on
          practice data and what patients say.
        levels:
          0: Nobody knows where self-management is hardest.
          2: Gaps known for one or two conditions, from practice data only.
          4: Gaps known by condition, area and group, from data and from what patients say.
      - id: selfcare-education
        text: >-
          Is structured education and self-management support offered, and taken up, in the most
          deprived groups?
        guidance: >-
          Low: programmes exist, but few disadvantaged people attend. High: uptake among the most
          deprived is at least as high as average, thanks to adapted formats and venues.
        levels:
          0: No structured self-management support.
          2: Programmes exist, but uptake in deprived groups is low and not tracked.
          4: Adapted programmes with tracked uptake that is at least equal in deprived groups.
      - id: selfcare-community
        text: >-
          Are community resources (peer groups, exercise and social activities, social prescribing)
          available to help people look after their own health?
        guidance: >-
          Low: few resources, or ones that professionals do not know about. High: a known, maintained
          directory that services refer to, with capacity in the areas of highest need.
        levels:
          0: Few resources, unknown to professionals.
          2: Resources exist, but no maintained directory or referral route.
          4: A maintained directory that services refer to, with capacity where need is highest.
      - id: selfcare-digital
        text: >-
          Where digital tools or remote monitoring are offered, is there an equal alternative or help
          for people without devices, data or digital skills?
        guidance: >-
          Low: digital-only, with no help offered. High: digital support and a non-digital route exist,
          and use is monitored by group. Rate 'na' only if no digital self-care tools are offered.

  # ----------------------------------------------------------------- balancing the system (centre)
  - id: service-volumes
    group: balance
    title: Service volumes
    description: >-
      Services have enough capacity to take on the need that was previously unmet, in prevention,
      earlier identification and ongoing management, so that finding more people does not simply
      create queues.
    questions:
      - id: volumes-capacity
        text: >-
          When we find more people in need (for example through case-finding), do services keep pace
          in practice, without waits growing?
        guidance: >-
          Low: case-finding is paused or slowed because services cannot cope. High: capacity is agreed
          before case-finding starts and waits stay stable as numbers rise.
        levels:
          0: Extra need found has nowhere to go.
          2: Some capacity is added, but usually after waits have grown.
          4: Capacity is planned ahead of case-finding and keeps pace with it.
      - id: volumes-planning
        text: >-
          Are service volumes planned from estimated need, including the extra demand expected as
          unmet need is found and brought into services, rather than from last year's activity?
        guidance: >-
          Low: contracts roll forward last year's activity, and finding more people is planned
          without thinking about where they will go. High: the extra demand is modelled and volumes
          are set from it.
        levels:
          0: Volumes roll forward from last year's activity.
          2: Need is estimated for some services, without the extra demand from case-finding.
          4: Volumes for every main service set from modelled need, including newly found demand.
      - id: volumes-prevention
        text: >-
          Is capacity for prevention and early identification (for example health checks, stop smoking,
          weight management) large enough to reach the population at scale?
        guidance: >-
          Low: small services reach a fraction of the eligible population. High: the capacity matches
          the size of the eligible population, with most in the areas of greatest need.
      - id: volumes-contracts
        text: >-
          Do funding and contracts allow volumes to grow where unmet need is found?
        guidance: >-
          Low: block contracts or caps stop services from responding. High: contract terms allow
          volumes to flex, with agreed funding triggers.

  - id: pathways
    group: balance
    title: Balanced care pathways
    description: >-
      Care pathways for priority conditions run from prevention to specialist care with as few
      bottlenecks as possible, so that effort at one point is not lost at another.
    questions:
      - id: pathway-mapped
        text: >-
          Are the end-to-end pathways for our priority conditions mapped, from prevention and
          identification to specialist care and back?
        guidance: >-
          Low: each service knows its own part only. High: pathways are mapped with all the partners
          involved, including VCSE and social care, and kept up to date.
      - id: pathway-bottlenecks
        text: >-
          Are bottlenecks (waits, hand-offs, referral criteria, gaps between services) found and
          removed?
        guidance: >-
          Low: bottlenecks are known informally but not tackled. High: they are measured, owned, and
          there are recent examples of removing them.
        levels:
          0: Bottlenecks are not identified.
          2: Known bottlenecks are discussed, but only a few have been tackled.
          4: Bottlenecks are measured along the pathway and routinely removed.
      - id: pathway-dropout
        text: >-
          Is it measured at which step of each priority pathway people are lost, and whether this
          differs by deprivation or group?
        guidance: >-
          Low: no data on where people are lost. High: the numbers lost at each step are measured by
          group, and the steps that lose most people are redesigned.
        levels:
          0: Nobody knows where people are lost.
          2: Losses measured at one or two steps, not by group.
          4: Losses at every step measured by group, and the worst steps redesigned.
      - id: pathway-seams
        text: >-
          Do the links between community, primary, secondary and social care and the VCSE sector work
          well for people with the greatest needs?
        guidance: >-
          Low: referrals are lost between organisations and people have to repeat their story. High:
          shared processes, trusted referrals and joint training make the seams work, and users
          confirm it.
        levels:
          0: Referrals are lost and people repeat their story.
          2: Some shared processes at some seams.
          4: Shared processes and trusted referrals at every seam, confirmed by users.

  - id: leadership
    group: balance
    title: Leadership, networks and coordination
    description: >-
      Leaders across the council, the NHS and the VCSE sector own the inequalities agenda together, and
      networks coordinate action across the place and along the pathways.
    questions:
      - id: lead-ownership
        text: >-
          Do senior leaders across partners visibly own the goal of reducing health inequalities, with
          named accountability?
        guidance: >-
          Low: inequalities are the public health team's issue. High: partner boards adopt shared
          goals, a named senior leader answers for each, and progress is discussed at the top.
        levels:
          0: No senior owner; the topic rarely reaches boards.
          2: Named leads exist in some organisations; commitment is uneven.
          4: Shared goals across partners, named accountability, regular senior review.
      - id: lead-networks
        text: >-
          Are there active networks (clinical, professional, community) that coordinate work along each
          priority pathway?
        guidance: >-
          Low: no network, or meetings with no clear purpose. High: networks with clear membership and
          terms of reference, which have changed how the pathway works.
      - id: lead-intelligence
        text: >-
          Do partners share data and intelligence routinely, with information governance agreements in
          place?
        guidance: >-
          Low: each organisation holds its own data and sharing is negotiated case by case. High: data
          sharing agreements are in place and shared dashboards are used in planning.
        levels:
          0: Each organisation holds its own data; sharing is case by case.
          2: Agreements cover some partners or some data.
          4: Agreements in place for all partners, with shared dashboards used in planning.
      - id: lead-programme
        text: >-
          Is there programme management that tracks delivery and holds partners to account for their
          part?
        guidance: >-
          Low: actions are agreed, but no one follows them up. High: a programme plan with owners,
          milestones and regular reporting to the partnership board.
        levels:
          0: Actions agreed but nobody follows them up.
          2: Some actions tracked, without regular reporting.
          4: A programme plan with owners and milestones, reported regularly to the board.
      - id: lead-levels
        text: >-
          Is coordination working at neighbourhood and primary care network level as well as across
          the whole system?
        guidance: >-
          Low: coordination happens only at system level. High: neighbourhood teams share goals and
          data with the system, with a clear line running from system objectives to local action.

weakest_links: { below: 1.5, show: 3 }
consensus: { max_spread: 2 }

rules:
  - id: sides-out-of-balance
    when: abs(group.service.score - group.population.score) >= 1
    severity: warning
    message: "Service delivery scores {group.service.score} and population focus scores {group.population.score}: the two sides of the framework are out of balance."
    recommendation: >-
      POTS needs both sides. Strong services do not narrow gaps if the people in greatest need do not
      reach or use them, and finding more need does not help if services cannot respond. Agree one
      action for the lowest-scoring element on the weaker side before the next round.
  - id: weak-balancing-element
    for_each: element
    when: group == "balance" and score < 1.5
    severity: critical
    message: "{title} is a weak balancing element ({score}): gains on either side of the framework may not turn into population outcomes."
    recommendation: >-
      The central elements connect the service side to the population side. Make {title} an explicit
      priority for the partnership board, with a named owner and a measure to review next round.
  - id: many-weak-links
    when: count(elements, e, e.score < 1.5) >= 3
    severity: critical
    message: "{count(elements, e, e.score < 1.5)} elements score below 1.5, so the system has several weak links at once."
    recommendation: >-
      With several weak links, improving any single element is unlikely to move population outcomes.
      Choose the two or three weakest, agree joint actions across partners, and check them first at
      the next assessment.
  - id: quality-without-reach
    when: min(element.evidence.score, element.effectiveness.score) >= 2.5 and min(element.accessibility.score, element.equity-targeting.score) < 2
    severity: warning
    message: "Services are well evidenced and run (evidence {element.evidence.score}, effectiveness {element.effectiveness.score}) but reach to the most disadvantaged lags behind (accessibility {element.accessibility.score}, equitable targeting {element.equity-targeting.score})."
    recommendation: >-
      Good services alone reduce variation in quality but do not narrow inequalities at population
      level. Add graduated, targeted support for the groups in greatest need who are not using the
      services well, and track uptake and outcomes by group.
  - id: overall-slipped
    when: overall.score - previous.overall.score <= -0.5
    severity: warning
    message: "The overall score fell from {previous.overall.score} to {overall.score} since the last round."
    recommendation: >-
      Check whether the fall reflects a real change or a different room (who took part, coverage, new
      evidence), then review whether last round's weakest links were acted on.

"""##),
    ]
}
