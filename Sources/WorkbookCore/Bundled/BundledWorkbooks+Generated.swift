// Generated from workbooks/*.yaml by BundledWorkbooksTests (RECORD_GOLDENS=1 swift test). Do not edit.

extension BundledWorkbooks {
    static let generatedSources: [(id: String, text: String)] = [
        (id: "christmas-tree", text: ##"""
# yaml-language-server: $schema=../schemas/workbook.schema.json
workbook: christmas-tree
version: "2009.1"
title: "Commissioning Healthcare for Best Outcomes (the HINST 'Christmas Tree' diagnostic)"
summary: >-
  The diagnostic that the Health Inequalities National Support Team (HINST) brought to the
  Spearhead areas it visited between 2007 and 2011, and against which it asked areas to test
  their delivery plans for narrowing the life expectancy gap. It spreads twelve areas across
  two sides of one picture (known in NST feedback as the 'Christmas Tree'): on the left,
  the population focus (knowing who needs what, who is missed, and helping them use
  services); on the right, the challenge to providers (effective, cost-effective, accessible
  services at the right scale). Strength on the provider side alone gives good service
  results but not good population health results; both sides have to be addressed. The
  exact labels of the twelve areas are not in any public document we have: the figure in
  the source is not reproduced in its text. The area titles, their split between the two
  sides, the 0-4 scale and every question are therefore this project's reconstruction, built
  from the descriptions in the sources and from the tool's published descendant, Population
  Outcomes Through Services (POTS). Rate each question for the whole area (PCT and council
  together), on the evidence the room can point to, not on intentions.
sources:
  - title: "Sharpening the Spearhead: customer focused public health information to tackle health inequalities"
    publisher: National Social Marketing Centre
    section: "Findings, section 10 'Specific tools', item 3 (the HINST diagnostic tool 'Commissioning Healthcare for Best Outcomes'); Appendix 2; Appendix 5, item 2 (the NST); findings 5, 7, 8 and 9 (customer insight)"
    note: >-
      Scoping study by Shireen Mathrani for the Department of Health and the NSMC (undated;
      its references run to December 2007). Describes the tool as covering 12 areas, the
      population focus on the left and the challenge to providers on the right, both needed
      for good population health outcomes; the figure itself is not reproduced in the text.
  - title: "Health Inequalities National Support Team Feedback: Manchester"
    publisher: Health Inequalities National Support Team
    year: 2009
    section: "Recommendations: Vision and Strategy (A, short term delivery); Targets, Trends and Needs Assessments; Frontline Services; Community Engagement; Strengths sections"
    note: >-
      Closing-plenary feedback of an NST visit (March 2009). Asks that the delivery plans for
      each contributor to the life expectancy gap be tested against the 'Christmas Tree'
      diagnostic, and be systematic, at industrial scale and sustainable. Its findings on
      primary care variation, modelling, community engagement and social marketing shape
      the questions here.
  - title: "Place-based approaches for reducing health inequalities: main report"
    publisher: Public Health England
    year: 2021
    section: "Service-based interventions, Figure 8 and the text around it (the POTS framework)"
    note: >-
      Context only: POTS is the later, published form of the same symmetric idea (5
      service-side, 5 population-side and 3 balancing elements, and 'weakest links'). Used to
      check that the reconstructed areas are consistent with what the tool became.
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
      The left of the tree: knowing the population's needs and the people who are missed,
      weighting effort towards them, understanding them, and supporting them to use
      services and look after their own health.
  - id: provider
    title: Provider challenge
    position: right
    description: >-
      The right of the tree: what commissioners ask of providers, so that the interventions
      with most effect are delivered well, at good value, accessibly, at the scale the gap
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
      - id: needs-segments
        text: Is health information combined with social and geodemographic data (for example Mosaic or Acorn groups, ethnicity, housing) to show which communities carry most of the burden?
        guidance: >-
          Low: health data and social data are held in separate places and never joined.
          High: mortality and prevalence are routinely analysed by segment or community, and
          the results are shared between the NHS and the council.
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
      getting it (undiagnosed, excepted, not screened, not registered) and where they are.
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
        text: Is QOF exception reporting monitored, and challenged where it is high, so that the hardest-to-treat patients are not simply left out?
        guidance: >-
          Low: exception rates are not looked at. High: practices with high exception rates
          are identified, the characteristics of excepted patients are studied, and practices
          are supported and rewarded for bringing them back into care.
      - id: gap-uptake
        text: Is uptake of screening, immunisation and health checks analysed by deprivation and by group, so that the people who miss out are known?
        guidance: >-
          Low: only overall uptake rates are reported. High: uptake is reported by small area,
          practice and equality group, and the gaps found feed straight into targeted work.
      - id: gap-beyond
        text: Does the area look beyond the 'maximum points' thresholds to the patients still not treated to target, and count them?
        guidance: >-
          Low: meeting the QOF maximum threshold is treated as success. High: the number of
          patients below target in each practice is known and tracked, because a 70 per cent
          achievement means 30 per cent left behind, often the most vulnerable.

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

  - id: insight
    group: population
    title: Customer insight and segmentation
    description: >-
      Understanding why people in the groups with worst health behave as they do and how they
      would want to be reached, through customer insight, segmentation and social marketing,
      and using that understanding in commissioning.
    questions:
      - id: insight-qualitative
        text: Is qualitative insight (interviews, focus groups, journey mapping) gathered from the groups least well served, and not only survey data?
        guidance: >-
          Low: insight comes from general surveys and citizens' panels that seldom reach the
          groups in question. High: regular, well-run qualitative work with the groups with
          worst outcomes, on the topics that drive the gap.
      - id: insight-segmentation
        text: Is segmentation used to design how a service or campaign is offered to particular groups, and not just to describe the population?
        guidance: >-
          Low: segmentation, if any, produces descriptive maps. High: segments are chosen as
          targets, and the offer, message and channel are designed and tested for each.
      - id: insight-commissioning
        text: Do commissioners use customer insight when they write service specifications and decide investments?
        guidance: >-
          Low: insight sits in public health reports. High: specifications and business cases
          show what users said and how the service was changed because of it.
        levels:
          0: Insight is not used in commissioning
          2: Used for some campaigns or services
          4: A routine part of every major specification and business case
      - id: insight-skills
        text: Does the area have its own staff with social marketing and research skills, so it is not wholly reliant on external agencies?
        guidance: >-
          Low: no in-house skills; all work bought in, with little quality assurance. High: a
          named lead and trained staff across the PCT and council, with external work
          commissioned against clear standards such as the national benchmark criteria.
      - id: insight-feedback
        text: Are there feedback loops with people after an intervention or service change, so that what they say shapes the next round?
        guidance: >-
          Low: people are asked once and not told what happened. High: a continuous loop, with
          results reported back to the people who took part and used to adjust the service.
      - id: insight-external
        text: Where insight or social marketing work is bought in, is it specified, quality-assured and evaluated?
        guidance: >-
          Low: agencies are commissioned without a brief on outcomes or evaluation. High:
          clear briefs, quality assurance against agreed criteria, and evaluation built in.
          Answer 'na' if no such work was bought in during the period.

  - id: engagement
    group: population
    title: Community engagement and support for uptake
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
      - id: engage-vcfs
        text: Are voluntary, community and faith organisations funded and supported to reach the groups that statutory services miss?
        guidance: >-
          Low: small, short-term grants only, and no infrastructure body. High: the voluntary
          sector is commissioned on fair terms for its reach into seldom-heard groups, and
          supported to grow into commissioning.
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
      - id: engage-influence
        text: Can the partnership show decisions or services that changed because of what local communities said?
        guidance: >-
          Low: consultation happens after decisions are made. High: several recent examples
          where community views changed what was commissioned, and people were told.

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
      - id: selfcare-lifestyle
        text: Can people get ongoing help with smoking, alcohol, weight and activity close to where they live?
        guidance: >-
          Low: help is available only at a central site or for a short course. High: local,
          flexible, continuing support in every locality, with easy self-referral.
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
        text: Do the delivery plans cover all the significant causes of excess deaths, including those often left out (for example COPD, excess winter deaths, alcohol)?
        guidance: >-
          Low: plans cover only CVD and cancer. High: there is a delivery plan for every cause
          that contributes materially to the gap, each with SMART objectives and a named lead.
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
      - id: effect-raise-bar
        text: Are local incentives used to raise achievement above the national QOF thresholds, especially for the patients hardest to reach?
        guidance: >-
          Low: QOF is the ceiling. High: local schemes (for example QOF-plus or a quality
          improvement framework) reward higher achievement and fewer exceptions, with
          development support for practices that need it.
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
          in local venues and at times that suit them, planned from what users said.
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
        text: Is there a customer access strategy that changes how services are offered, booked and explained to different groups?
        guidance: >-
          Low: one offer for everyone. High: an access strategy built from segmentation and
          insight, applied across NHS and council services.
      - id: access-impact
        text: Do equality and health inequality impact assessments of business cases, service changes and tenders actually change decisions?
        guidance: >-
          Low: assessments are not done, or are a box ticked after the decision. High: every
          major decision has one, and there are examples of decisions changed by them.

  - id: volumes
    group: provider
    title: Service volumes at population scale
    description: >-
      Whether effective interventions are commissioned at the volume needed to change
      population outcomes (systematic, at 'industrial' scale and sustained) rather than as
      pilots and small projects.
    questions:
      - id: volume-scale
        text: Are the main interventions commissioned at the volume that the modelling says is needed to change outcomes across the population?
        guidance: >-
          Low: volumes are set by history or by the budget left over. High: commissioned
          volumes match the modelled need, including the extra demand from people newly
          found.
        levels:
          0: Volumes not linked to need
          2: Some programmes sized to need
          4: All main programmes commissioned at the volume the gap needs
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
      - id: volume-sustained
        text: Is funding for the main programmes secure beyond the current year, in mainstream budgets rather than short-term grants?
        guidance: >-
          Low: most programmes depend on time-limited money. High: the core programmes are in
          recurrent mainstream budgets of the PCT and council.

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
weakest_links: { below: 1.5, show: 3 }
consensus: { max_spread: 2 }
rules:
  - id: sides-unbalanced
    when: abs(group.population.score - group.provider.score) >= 1
    severity: warning
    message: "Population focus ({group.population.score}) and provider challenge ({group.provider.score}) are out of balance: one side of the tree is carrying the other."
    recommendation: >-
      Good services alone give good service results, not good population results: the tree
      needs both sides. Bring the weaker side's areas into the delivery plan for every
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
        (id: "place-based-planning", text: ##"""
# yaml-language-server: $schema=../schemas/workbook.schema.json
# Place-based planning: the ten important elements of effective place-based planning (PHE Tool A).
# The ten elements and their order come from PHE's place-based approaches report (see sources).
# Everything else in this file (descriptions, questions, guidance, level wording, the 0-4 scale,
# bands and rules) is this project's own convention. See docs/workbooks/place-based-planning.md.
workbook: place-based-planning
version: "2021.1"
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
  the evidence, look strong on paper but rest on a weak foundation. The report shows the first step
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
      First published 2019, updated 28 September 2021. Provides the ten elements, in this order,
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
      - id: lead-priority
        text: >-
          When health inequalities compete with other pressures (budgets, waiting lists,
          performance targets), do leaders keep them on the agenda and protect the resources?
        guidance: >-
          Low: inequalities work is the first thing cut or postponed when pressure rises. High:
          there are recent examples of leaders protecting or growing inequalities work during a
          difficult year.
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
      - id: needs-bottom-up
        text: >-
          Does the assessment include what residents, community groups, frontline staff and
          voluntary organisations say about needs, gathered systematically?
        guidance: >-
          Low: there is no local voice in it, or only a general consultation survey. High:
          structured engagement (neighbourhood conversations, VCSE insight, staff input) is
          written up alongside the data, including from groups least able to make their case.
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
      - id: prio-from-needs
        text: >-
          Do the priorities follow from the needs assessment (the size of each gap and the scope
          to change it), with the reasons written down?
        guidance: >-
          Low: priorities were carried over or chosen by interest, and nobody can say why these
          and not others. High: a short record explains, for each priority, the gap it addresses,
          the evidence that it can be narrowed, and why other candidates were not chosen.
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
      - id: system-seams
        text: >-
          Does the plan look at the seams where civic, service and community action meet (for
          example, services engaging with communities, or council and NHS services joining up),
          to remove gaps and duplication?
        guidance: >-
          Low: each segment plans on its own. High: the partnership has examined each seam,
          named the barriers it found, and agreed joint actions across them.
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
          proportion to need, and do they avoid relying only on individual behaviour change?
        guidance: >-
          Low: universal offers taken up mostly by the better off, or campaigns that ask
          individuals to change alone. High: interventions are weighted towards need, tackle
          conditions as well as behaviours, and are checked for the risk of widening gaps.
      - id: select-sustainable
        text: >-
          Are the interventions sustainable beyond short-term or one-off funding?
        guidance: >-
          Low: most depend on time-limited grants with no plan for afterwards. High: each has a
          recurrent funding source or an agreed plan to move into mainstream budgets.

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
      - id: target-linked
        text: >-
          Are the targets linked to the chosen interventions, so that they add up to the change the
          interventions are expected to make?
        guidance: >-
          Low: targets are aspirations unrelated to what is being done. High: each target is
          backed by an estimate of what the chosen interventions will contribute, and the gap
          between the two is acknowledged.
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
      the needs assessment, targets, programme management and evaluation all work from the same
      information.
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
      - id: info-intelligence
        text: >-
          Is there shared analytical capacity that turns the data into regular intelligence for
          the partnership?
        guidance: >-
          Low: reports are produced when someone asks, by whoever has time. High: a joint
          intelligence function produces a regular report on the priorities and targets, which
          the board uses.
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
      - id: prog-tracking
        text: >-
          Is delivery tracked against milestones and risks, and does the board act when work
          slips?
        guidance: >-
          Low: progress is reported as narrative, if at all. High: a regular highlight report on
          milestones and risks, with recorded decisions when things slip.
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
      Evaluation is designed when the work is planned, not added at the end, so the partnership
      can tell whether it is narrowing gaps and can learn and adjust as it goes.
    questions:
      - id: eval-designed
        text: >-
          When a programme starts, is its evaluation designed at the same time, with a logic
          model, baseline, indicators and a plan for data collection?
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
      - id: eval-learning
        text: >-
          Do evaluation findings feed back into priorities, interventions and budgets?
        guidance: >-
          Low: evaluation reports are filed and not discussed. High: the board reviews findings
          on a cycle and can point to interventions changed, scaled up or stopped as a result.
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
      Build evaluation in from the start rather than adding it later. For each current programme,
      agree a simple logic model, a baseline broken down by the main dimensions of inequality, and
      the indicators the board will review, before the next round of delivery.
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
version: "2021.1"
title: Population Outcomes Through Services (POTS)
summary: >-
  POTS asks whether local services are set up to change outcomes for a whole population and to narrow
  health inequalities, rather than only doing well for the people who already use them. It is a
  symmetric framework. The right-hand side covers how services are delivered (evidence, local
  effectiveness, cost effectiveness, accessibility and engagement with users). The left-hand side
  covers how the people who could benefit come to use those services (needs assessment, unmet need,
  equitable targeting, support for uptake and self-managed care). Three central elements (service
  volumes, balanced pathways, and leadership and coordination) hold the two sides together. A
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
      First published 2019, updated 28 September 2021. Provides the 13 elements in three groups (5
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
      - id: engage-feedback
        text: >-
          Do we gather feedback from non-users and under-represented groups, not only from current
          users, and show what changed as a result?
        guidance: >-
          Low: a satisfaction survey of current users. High: active feedback from groups who do not
          attend, through trusted community routes, with published changes made in response.
      - id: engage-delivery
        text: >-
          Do community members and VCSE organisations take part in delivery (for example peer support,
          health champions, community navigators)?
        guidance: >-
          Low: delivery is entirely by statutory staff. High: community and peer roles are a planned,
          funded and supported part of delivery for priority services.
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
      - id: needs-used
        text: >-
          Is the needs assessment used to set priorities and commissioning decisions?
        guidance: >-
          Low: the document is published and shelved. High: decisions and budgets cite it, and it is
          refreshed to match the planning cycle.

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
          presenting, dropping out)?
        guidance: >-
          Low: missing groups are not known. High: the groups are named, their size is estimated, and
          partners who can reach them have been engaged.
      - id: unmet-demand
        text: >-
          Do we understand why demand (who comes forward) differs from need, for example through
          knowledge, confidence, cost, trust or past experience?
        guidance: >-
          Low: low use is put down to choice. High: the reasons have been explored with the groups
          concerned and are written into service plans.
      - id: unmet-projection
        text: >-
          Have we projected how demand will change if the unmet need we find is brought into services?
        guidance: >-
          Low: finding more people is planned without thinking about where they will go. High: the
          extra demand is modelled and fed into capacity planning.

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
      - id: equity-groups
        text: >-
          Are specific disadvantaged groups (for example inclusion health groups, ethnic minority
          communities, disabled people) named and targeted in plans?
        guidance: >-
          Low: groups are mentioned in general terms. High: named groups have specific actions, owners
          and measures.
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
      - id: uptake-barriers
        text: >-
          Are the barriers faced by groups with low uptake understood and tackled (for example
          language, transport, cost, confidence, trust)?
        guidance: >-
          Low: barriers are assumed. High: barriers have been found out with the groups themselves, and
          specific changes address each one.
      - id: uptake-community
        text: >-
          Do community-centred approaches (health champions, peer support, navigators, social
          prescribing) help people to use services?
        guidance: >-
          Low: none, or a small pilot. High: such roles are funded, linked to services, and reach the
          groups with lowest uptake.
      - id: uptake-retention
        text: >-
          Are people supported to stay in services and complete treatment, not only to attend once?
        guidance: >-
          Low: drop-out is not tracked. High: drop-out is tracked by group and there is follow-up for
          people who disengage.

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
          When we find more people in need (for example through case-finding), is there capacity to
          treat and support them?
        guidance: >-
          Low: case-finding is paused or slowed because services cannot cope. High: capacity is agreed
          before case-finding starts and waits stay stable as numbers rise.
        levels:
          0: Extra need found has nowhere to go.
          2: Some capacity is added, but usually after waits have grown.
          4: Capacity is planned ahead of case-finding and keeps pace with it.
      - id: volumes-planning
        text: >-
          Are service volumes planned from estimated need rather than from last year's activity?
        guidance: >-
          Low: contracts roll forward last year's activity. High: volumes are set from estimates of
          need, including unmet need.
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
          Do we know where people drop out of the pathway, and whether this differs by deprivation or
          group?
        guidance: >-
          Low: no data. High: drop-out points are measured by group, and actions target the largest
          losses.
      - id: pathway-seams
        text: >-
          Do the links between community, primary, secondary and social care and the VCSE sector work
          well for people with the greatest needs?
        guidance: >-
          Low: referrals are lost between organisations and people have to repeat their story. High:
          shared processes, trusted referrals and joint training make the seams work, and users
          confirm it.

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
      - id: lead-programme
        text: >-
          Is there programme management that tracks delivery and holds partners to account for their
          part?
        guidance: >-
          Low: actions are agreed, but no one follows them up. High: a programme plan with owners,
          milestones and regular reporting to the partnership board.
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
    message: "Services are well evidenced and run (evidence {element.evidence.score}, effectiveness {element.effectiveness.score}) but reach to the most disadvantaged is weak (accessibility {element.accessibility.score}, equitable targeting {element.equity-targeting.score})."
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
