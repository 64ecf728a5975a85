#compdef liaison

__liaison_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__liaison_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __liaison_complete "${completions[@]:0:-1}"
    fi
}

__liaison_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_liaison() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'inspect:Summarise a network: nodes and ties by kind, components, density, dates and warnings.'
            'validate:Check input files and list every problem with its file, line, column and fix.'
            'metrics:Compute centrality and structure metrics, per node or for the whole network.'
            'communities:Find communities (groups more tied inside than out) with Leiden or Louvain.'
            'crosspollination:Show how ties, people and practices cross the boundaries between groups.'
            'roles:Find catalysts, sponsors, organizers, peers, learning liaisons, hubs, brokers and key players.'
            'compare:Show what changed between two waves, two dates or two datasets.'
            'map:Draw a network map (svg, png, pdf or dot) with shapes by kind, sizes by a metric and a legend.'
            'map-waves:Draw each survey wave on one shared layout, new ties highlighted, and a sheet of all of them.'
            'report:Write one self-contained HTML report: overview, map, key actors, roles, cross-pollination, change, methods.'
            'export:Write the network with every attribute and per-node metric for Gephi, networkx, Kumu or Graphviz.'
            'survey:Read a survey export with its roster: response rates, reciprocity, name matches, PARTNER scores.'
            'generate:Generate a synthetic learning-community network with planted structure.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        inspect|validate|metrics|communities|crosspollination|roles|compare|map|map-waves|report|export|survey|generate|help)
            "_liaison_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_liaison_inspect() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___format=('text' 'json')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '(--output -o)'{--output,-o}'[Write the result to this file (atomically) instead of standard output.]:output:'
        '--raw-csv[Write CSV cells exactly as the data has them\: no '\'' before cells a spreadsheet would run as formulas (=, +, -, @).]'
        '--format[text or json.]:format:{__liaison_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_validate() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___format=('text' 'json')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--format[text or json.]:format:{__liaison_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_metrics() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___weight_is=('strength' 'distance')
    local -ar ___parallel_ties=('sum' 'max' 'min' 'count' 'first')
    local -ar ___format=('table' 'csv' 'json')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--weighted[Use tie weights. For path-based metrics a weight is a tie strength\: its length is 1/weight (see --weight-is).]'
        '--weight-is[With --weighted, what a weight means on paths\: strength (length 1/weight) or distance (length = weight).]:weight-is:{__liaison_complete "${___weight_is[@]}"}'
        '--parallel-ties[How parallel ties between the same two nodes combine\: sum, max, min, count or first.]:parallel-ties:{__liaison_complete "${___parallel_ties[@]}"}'
        '--node-kinds[Analyse only nodes of these kinds (comma-separated), e.g. person,organization.]:node-kinds:'
        '--tie-kinds[Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises; '\''all'\'' for every kind.]:tie-kinds:'
        '--threads[Worker threads for the parallel metrics (default\: all cores).]:threads:'
        '--group[Group nodes by a node attribute (e.g. city), by '\''initiative'\'' or by '\''community'\''.]:ATTRIBUTE|initiative|community:'
        '--multi[Attributes whose values list several groups separated by | (Tags always does); a node is placed in its first.]:ATTRIBUTE,...:'
        '--community-seed[Seed of the Leiden run behind --group community.]:community-seed:'
        '--community-resolution[Resolution of the Leiden run behind --group community (modularity'\''s gamma).]:community-resolution:'
        '(--output -o)'{--output,-o}'[Write the result to this file (atomically) instead of standard output.]:output:'
        '--raw-csv[Write CSV cells exactly as the data has them\: no '\'' before cells a spreadsheet would run as formulas (=, +, -, @).]'
        '--format[table, csv or json (default\: table on a terminal, csv otherwise).]:format:{__liaison_complete "${___format[@]}"}'
        '--metrics[Compute only these metrics (comma-separated column names).]:metrics:'
        '--sort[Sort rows by this column, largest first.]:sort:'
        '--top[Keep only the first N rows (after sorting).]:top:'
        '--kind[Show only nodes of these kinds (comma-separated); metrics are still computed on the whole network.]:kind:'
        '--network[Print the network-level table (density, components, diameter, clustering, centralisation, assortativity).]'
        '--attribute[With --network, also the assortativity of this node attribute (e.g. city).]:attribute:'
        '--exact[Exact betweenness, closeness and harmonic whatever the network'\''s size.]'
        '--epsilon[Estimate betweenness by sampling, each value within EPSILON of the exact one (normalised scale).]:epsilon:'
        '--delta[With --epsilon, the probability that any value misses the bound.]:delta:'
        '--eigen-tolerance[Stop eigenvector centrality as networkx does with tol=T (at most 100 iterations; 1e-6 gives networkx'\''s default output). Default\: run to convergence (1e-12).]:eigen-tolerance:'
        '--seed[Seed of the betweenness sampling.]:seed:'
        '*--tie-quality[Average this numeric tie attribute (e.g. trust scored 1-4 in a partner survey) per node\: columns NAME_mean and NAME_ties. Repeatable.]:tie-quality:'
        '--personalize[Personalised PageRank\: restart only at these node ids (comma-separated).]:personalize:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_communities() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___weight_is=('strength' 'distance')
    local -ar ___parallel_ties=('sum' 'max' 'min' 'count' 'first')
    local -ar ___format=('table' 'csv' 'json')
    local -ar ___method=('leiden' 'louvain')
    local -ar ___objective=('modularity' 'cpm')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--weighted[Use tie weights. For path-based metrics a weight is a tie strength\: its length is 1/weight (see --weight-is).]'
        '--weight-is[With --weighted, what a weight means on paths\: strength (length 1/weight) or distance (length = weight).]:weight-is:{__liaison_complete "${___weight_is[@]}"}'
        '--parallel-ties[How parallel ties between the same two nodes combine\: sum, max, min, count or first.]:parallel-ties:{__liaison_complete "${___parallel_ties[@]}"}'
        '--node-kinds[Analyse only nodes of these kinds (comma-separated), e.g. person,organization.]:node-kinds:'
        '--tie-kinds[Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises; '\''all'\'' for every kind.]:tie-kinds:'
        '--threads[Worker threads for the parallel metrics (default\: all cores).]:threads:'
        '(--output -o)'{--output,-o}'[Write the result to this file (atomically) instead of standard output.]:output:'
        '--raw-csv[Write CSV cells exactly as the data has them\: no '\'' before cells a spreadsheet would run as formulas (=, +, -, @).]'
        '--format[table, csv or json (default\: table on a terminal, csv otherwise).]:format:{__liaison_complete "${___format[@]}"}'
        '--method[leiden or louvain.]:method:{__liaison_complete "${___method[@]}"}'
        '--objective[modularity or cpm (Constant Potts Model).]:objective:{__liaison_complete "${___objective[@]}"}'
        '--resolution[Resolution, 0 or more\: larger values give smaller communities.]:resolution:'
        '--seed[Seed of the random node orders.]:seed:'
        '--iterations[Leiden\: rounds to run (-1\: until a round changes nothing). Louvain\: the most levels (-1\: no cap).]:iterations:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_crosspollination() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___weight_is=('strength' 'distance')
    local -ar ___parallel_ties=('sum' 'max' 'min' 'count' 'first')
    local -ar ___format=('table' 'csv' 'json')
    local -ar ___section=('network' 'groups' 'mixing' 'overlap' 'practices' 'hops' 'pollinators')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--weighted[Use tie weights. For path-based metrics a weight is a tie strength\: its length is 1/weight (see --weight-is).]'
        '--weight-is[With --weighted, what a weight means on paths\: strength (length 1/weight) or distance (length = weight).]:weight-is:{__liaison_complete "${___weight_is[@]}"}'
        '--parallel-ties[How parallel ties between the same two nodes combine\: sum, max, min, count or first.]:parallel-ties:{__liaison_complete "${___parallel_ties[@]}"}'
        '--node-kinds[Analyse only nodes of these kinds (comma-separated), e.g. person,organization.]:node-kinds:'
        '--tie-kinds[Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises; '\''all'\'' for every kind.]:tie-kinds:'
        '--threads[Worker threads for the parallel metrics (default\: all cores).]:threads:'
        '--group[Group nodes by a node attribute (e.g. city), by '\''initiative'\'' or by '\''community'\''.]:ATTRIBUTE|initiative|community:'
        '--multi[Attributes whose values list several groups separated by | (Tags always does); a node is placed in its first.]:ATTRIBUTE,...:'
        '--community-seed[Seed of the Leiden run behind --group community.]:community-seed:'
        '--community-resolution[Resolution of the Leiden run behind --group community (modularity'\''s gamma).]:community-resolution:'
        '(--output -o)'{--output,-o}'[Write the result to this file (atomically) instead of standard output.]:output:'
        '--raw-csv[Write CSV cells exactly as the data has them\: no '\'' before cells a spreadsheet would run as formulas (=, +, -, @).]'
        '--format[table, csv or json (default\: table on a terminal, csv otherwise).]:format:{__liaison_complete "${___format[@]}"}'
        '--section[With csv\: the section to write (network, groups, mixing, overlap, practices, hops, pollinators).]:section:{__liaison_complete "${___section[@]}"}'
        '*--tie-quality[Average this numeric tie attribute (e.g. trust) per group, in the groups section. Repeatable.]:tie-quality:'
        '--permutations[Label permutations of the E-I test.]:permutations:'
        '--seed[Seed of the E-I permutation test.]:seed:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_roles() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___weight_is=('strength' 'distance')
    local -ar ___parallel_ties=('sum' 'max' 'min' 'count' 'first')
    local -ar ___format=('table' 'csv' 'json')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--weighted[Use tie weights. For path-based metrics a weight is a tie strength\: its length is 1/weight (see --weight-is).]'
        '--weight-is[With --weighted, what a weight means on paths\: strength (length 1/weight) or distance (length = weight).]:weight-is:{__liaison_complete "${___weight_is[@]}"}'
        '--parallel-ties[How parallel ties between the same two nodes combine\: sum, max, min, count or first.]:parallel-ties:{__liaison_complete "${___parallel_ties[@]}"}'
        '--node-kinds[Analyse only nodes of these kinds (comma-separated), e.g. person,organization.]:node-kinds:'
        '--tie-kinds[Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises; '\''all'\'' for every kind.]:tie-kinds:'
        '--threads[Worker threads for the parallel metrics (default\: all cores).]:threads:'
        '--group[Group nodes by a node attribute (e.g. city), by '\''initiative'\'' or by '\''community'\''.]:ATTRIBUTE|initiative|community:'
        '--multi[Attributes whose values list several groups separated by | (Tags always does); a node is placed in its first.]:ATTRIBUTE,...:'
        '--community-seed[Seed of the Leiden run behind --group community.]:community-seed:'
        '--community-resolution[Resolution of the Leiden run behind --group community (modularity'\''s gamma).]:community-resolution:'
        '(--output -o)'{--output,-o}'[Write the result to this file (atomically) instead of standard output.]:output:'
        '--raw-csv[Write CSV cells exactly as the data has them\: no '\'' before cells a spreadsheet would run as formulas (=, +, -, @).]'
        '--format[table, csv or json (default\: table on a terminal, csv otherwise).]:format:{__liaison_complete "${___format[@]}"}'
        '--plain[In the terminal table, show each role'\''s evidence as a plain sentence instead of its figures (CSV and JSON carry both, in the evidence and plain columns).]'
        '--periphery-min-fit[Peripheral\: only when the core/periphery fit is at least this (0...1).]:periphery-min-fit:'
        '--role[Show only these roles (comma-separated).]:role:'
        '--key-players[Size of each key-player set (0 leaves key players out).]:key-players:'
        '--seed[Seed of the key-player and core/periphery searches.]:seed:'
        '--catalyst-min-introductions[Catalyst\: at least this many introductions.]:catalyst-min-introductions:'
        '--introduction-window[Catalyst\: the funder'\''s two ties of an introduction begin within this many days.]:introduction-window:'
        '--sponsor-min-grants[Sponsor\: at least this many funds ties.]:sponsor-min-grants:'
        '--sponsor-min-share[Sponsor\: at least this share of all funds ties.]:sponsor-min-share:'
        '--organizer-min-convenings[Organizer\: at least this many convenings.]:organizer-min-convenings:'
        '--organizer-min-share[Organizer\: at least this share of all convenes ties.]:organizer-min-share:'
        '--peer-min-activities[Peer\: at least this many participates_in, attended or adopts ties.]:peer-min-activities:'
        '--liaison-min-groups[Learning liaison\: memberships (member_of organizations, own group) in at least this many groups.]:liaison-min-groups:'
        '--liaison-min-initiatives[Learning liaison\: at least this many initiatives.]:liaison-min-initiatives:'
        '--liaison-min-participation[Learning liaison\: participation coefficient at least this.]:liaison-min-participation:'
        '--hub-z[Hub\: degree z-score at least this.]:hub-z:'
        '--broker-z[Broker\: betweenness z-score at least this.]:broker-z:'
        '--bridge-min-cut-off[Bridge\: cuts at least this many nodes off the rest of its component.]:bridge-min-cut-off:'
        '--fragmented-below[Shape\: below this share of nodes in the largest component the network is scattered fragments.]:fragmented-below:'
        '--hub-and-spoke-min-centralization[Shape\: from this degree centralisation on, the network is hub-and-spoke.]:hub-and-spoke-min-centralization:'
        '--core-periphery-min-fit[Shape\: from this core/periphery fit on (with a core of at most half the nodes), core-periphery.]:core-periphery-min-fit:'
        '--multi-hub-min-hubs[Shape\: at least this many hubs make a multi-hub network.]:multi-hub-min-hubs:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_compare() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___weight_is=('strength' 'distance')
    local -ar ___parallel_ties=('sum' 'max' 'min' 'count' 'first')
    local -ar ___wave_reading=('cumulative' 'snapshot')
    local -ar ___format=('table' 'csv' 'json')
    local -ar ___section=('indicators' 'nodes' 'ties' 'risers' 'fallers' 'bridges' 'group_links' 'practices')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--weighted[Use tie weights. For path-based metrics a weight is a tie strength\: its length is 1/weight (see --weight-is).]'
        '--weight-is[With --weighted, what a weight means on paths\: strength (length 1/weight) or distance (length = weight).]:weight-is:{__liaison_complete "${___weight_is[@]}"}'
        '--parallel-ties[How parallel ties between the same two nodes combine\: sum, max, min, count or first.]:parallel-ties:{__liaison_complete "${___parallel_ties[@]}"}'
        '--node-kinds[Analyse only nodes of these kinds (comma-separated), e.g. person,organization.]:node-kinds:'
        '--tie-kinds[Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises; '\''all'\'' for every kind.]:tie-kinds:'
        '--threads[Worker threads for the parallel metrics (default\: all cores).]:threads:'
        '--group[Group nodes by a node attribute (e.g. city), by '\''initiative'\'' or by '\''community'\''.]:ATTRIBUTE|initiative|community:'
        '--multi[Attributes whose values list several groups separated by | (Tags always does); a node is placed in its first.]:ATTRIBUTE,...:'
        '--community-seed[Seed of the Leiden run behind --group community.]:community-seed:'
        '--community-resolution[Resolution of the Leiden run behind --group community (modularity'\''s gamma).]:community-resolution:'
        '(--output -o)'{--output,-o}'[Write the result to this file (atomically) instead of standard output.]:output:'
        '--raw-csv[Write CSV cells exactly as the data has them\: no '\'' before cells a spreadsheet would run as formulas (=, +, -, @).]'
        '--from[The earlier point\: a wave, an ISO date or a path to another dataset.]:from:'
        '--to[The later point\: a wave, an ISO date or a path to another dataset.]:to:'
        '--wave-reading[How a wave stands for the network\: cumulative or snapshot.]:wave-reading:{__liaison_complete "${___wave_reading[@]}"}'
        '--top[Risers and fallers listed per centrality.]:top:'
        '--seed[Seed of the Leiden runs behind modularity.]:seed:'
        '--format[table, csv or json (default\: table on a terminal, csv otherwise).]:format:{__liaison_complete "${___format[@]}"}'
        '--section[With csv\: the section to write (indicators, nodes, ties, risers, fallers, bridges, group_links, practices).]:section:{__liaison_complete "${___section[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_map() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___weight_is=('strength' 'distance')
    local -ar ___parallel_ties=('sum' 'max' 'min' 'count' 'first')
    local -ar ___format=('svg' 'png' 'pdf' 'dot')
    local -ar ___engine=('dot' 'neato' 'fdp' 'sfdp' 'circo' 'twopi')
    local -ar ___size_by=('degree' 'in_degree' 'out_degree' 'strength' 'betweenness' 'closeness' 'harmonic' 'eigenvector' 'pagerank' 'core' 'clustering' 'articulation' 'reach_2' 'constraint' 'effective_size' 'efficiency')
    local -ar ___preset=('overview' 'funders' 'liaisons' 'ego' 'groups')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--weighted[Use tie weights. For path-based metrics a weight is a tie strength\: its length is 1/weight (see --weight-is).]'
        '--weight-is[With --weighted, what a weight means on paths\: strength (length 1/weight) or distance (length = weight).]:weight-is:{__liaison_complete "${___weight_is[@]}"}'
        '--parallel-ties[How parallel ties between the same two nodes combine\: sum, max, min, count or first.]:parallel-ties:{__liaison_complete "${___parallel_ties[@]}"}'
        '--node-kinds[Analyse only nodes of these kinds (comma-separated), e.g. person,organization.]:node-kinds:'
        '--tie-kinds[Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises; '\''all'\'' for every kind.]:tie-kinds:'
        '--threads[Worker threads for the parallel metrics (default\: all cores).]:threads:'
        '(--output -o)'{--output,-o}'[The map file to write; its extension sets the format unless --format is given.]:output:'
        '--format[svg, png, pdf or dot (default\: from the output file'\''s extension).]:format:{__liaison_complete "${___format[@]}"}'
        '--engine[Layout engine\: dot, neato, fdp, sfdp, circo or twopi (default\: by size).]:engine:{__liaison_complete "${___engine[@]}"}'
        '--size-by[Size nodes by this metric (a metrics column, e.g. betweenness, degree, pagerank).]:size-by:{__liaison_complete "${___size_by[@]}"}'
        '--group[Group nodes by a node attribute (e.g. city), by '\''initiative'\'' or by '\''community'\''.]:ATTRIBUTE|initiative|community:'
        '--multi[Attributes whose values list several groups separated by | (Tags always does); a node is placed in its first.]:ATTRIBUTE,...:'
        '--community-seed[Seed of the Leiden run behind --group community.]:community-seed:'
        '--community-resolution[Resolution of the Leiden run behind --group community (modularity'\''s gamma).]:community-resolution:'
        '--preset[A map per question\: overview, funders, liaisons, ego (with --focus) or groups.]:preset:{__liaison_complete "${___preset[@]}"}'
        '--color-by[Colour nodes by kind, by a node attribute (e.g. city), by '\''community'\'' (Leiden, seeded by --seed) or by '\''initiative'\'' (default\: the --group, else community).]:color-by:'
        '--labels[Label the N most important nodes by the size metric (default\: all on small maps, 25 otherwise); role holders are labelled too.]:labels:'
        '--label[Always label these node ids.]:ID,...:'
        '--label-role[Also label every holder of these roles (e.g. hub,broker,key_player_reach).]:ROLE,...:'
        '--label-field[Show this node attribute (or id) as the label.]:ATTRIBUTE:'
        '--cluster[Draw a box around the nodes sharing each value of this attribute (e.g. city).]:cluster:'
        '--title[Title drawn above the legend.]:title:'
        '--style[A JSON style file (palette, shapes per kind, fonts, sizes).]:style:'
        '--seed[Seed of the layout.]:seed:'
        '--focus[Draw only the ego network of this node id (see --radius).]:focus:'
        '--radius[With --focus, how many steps from the centre to include (default 1; 2 with --preset ego).]:radius:'
        '--hide-isolates[Leave out nodes without ties.]'
        '--min-degree[Leave out nodes with fewer ties than this.]:min-degree:'
        '--min-core[Keep only the k-core\: nodes whose core number is at least K.]:min-core:'
        '--max-nodes[Draw only the N largest nodes by the size metric (degree when betweenness would be slow), with the ties among them.]:max-nodes:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_map-waves() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___wave_reading=('cumulative' 'snapshot')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--waves[The waves to draw, comma-separated, in order.]:waves:'
        '(--output -o)'{--output,-o}'[The folder to write the maps into (created if missing).]:output:'
        '--engine[The layout engine of the shared layout\: neato or sfdp.]:engine:'
        '--wave-reading[How a wave stands for the network\: cumulative or snapshot.]:wave-reading:{__liaison_complete "${___wave_reading[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_report() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___weight_is=('strength' 'distance')
    local -ar ___parallel_ties=('sum' 'max' 'min' 'count' 'first')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--weighted[Use tie weights. For path-based metrics a weight is a tie strength\: its length is 1/weight (see --weight-is).]'
        '--weight-is[With --weighted, what a weight means on paths\: strength (length 1/weight) or distance (length = weight).]:weight-is:{__liaison_complete "${___weight_is[@]}"}'
        '--parallel-ties[How parallel ties between the same two nodes combine\: sum, max, min, count or first.]:parallel-ties:{__liaison_complete "${___parallel_ties[@]}"}'
        '--node-kinds[Analyse only nodes of these kinds (comma-separated), e.g. person,organization.]:node-kinds:'
        '--tie-kinds[Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises; '\''all'\'' for every kind.]:tie-kinds:'
        '--threads[Worker threads for the parallel metrics (default\: all cores).]:threads:'
        '--group[Group nodes by a node attribute (e.g. city), by '\''initiative'\'' or by '\''community'\''.]:ATTRIBUTE|initiative|community:'
        '--multi[Attributes whose values list several groups separated by | (Tags always does); a node is placed in its first.]:ATTRIBUTE,...:'
        '--community-seed[Seed of the Leiden run behind --group community.]:community-seed:'
        '--community-resolution[Resolution of the Leiden run behind --group community (modularity'\''s gamma).]:community-resolution:'
        '(--output -o)'{--output,-o}'[The HTML file to write.]:output:'
        '--title[The report'\''s title (default\: from the input'\''s name).]:title:'
        '--seed[Seed of every randomised step (E-I permutations, key players, map layout).]:seed:'
        '--min-cell[Show counts below N in the group tables as <N (small-cell suppression).]:min-cell:'
        '--permutations[Label permutations of the E-I test.]:permutations:'
        '--max-nodes[Draw at most N nodes on the report'\''s map, the largest by betweenness (default 1000).]:max-nodes:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_export() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___weight_is=('strength' 'distance')
    local -ar ___parallel_ties=('sum' 'max' 'min' 'count' 'first')
    local -ar ___to=('graphml' 'gexf' 'json' 'csv' 'kumu' 'dot' 'xlsx')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--weighted[Use tie weights. For path-based metrics a weight is a tie strength\: its length is 1/weight (see --weight-is).]'
        '--weight-is[With --weighted, what a weight means on paths\: strength (length 1/weight) or distance (length = weight).]:weight-is:{__liaison_complete "${___weight_is[@]}"}'
        '--parallel-ties[How parallel ties between the same two nodes combine\: sum, max, min, count or first.]:parallel-ties:{__liaison_complete "${___parallel_ties[@]}"}'
        '--node-kinds[Analyse only nodes of these kinds (comma-separated), e.g. person,organization.]:node-kinds:'
        '--tie-kinds[Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises; '\''all'\'' for every kind.]:tie-kinds:'
        '--threads[Worker threads for the parallel metrics (default\: all cores).]:threads:'
        '(--output -o)'{--output,-o}'[Write the result to this file (atomically) instead of standard output.]:output:'
        '--raw-csv[Write CSV cells exactly as the data has them\: no '\'' before cells a spreadsheet would run as formulas (=, +, -, @).]'
        '--to[graphml, gexf, json, csv, kumu, xlsx or dot (default\: from the extension of -o).]:to:{__liaison_complete "${___to[@]}"}'
        '--metrics[Export only these metrics (comma-separated column names of liaison metrics); default\: all.]:metrics:'
        '--exact[Exact betweenness, closeness and harmonic whatever the network'\''s size.]'
        '--epsilon[Estimate betweenness by sampling, each value within EPSILON of the exact one (normalised scale).]:epsilon:'
        '--delta[With --epsilon, the probability that any value misses the bound.]:delta:'
        '--eigen-tolerance[Stop eigenvector centrality as networkx does with tol=T (at most 100 iterations; 1e-6 gives networkx'\''s default output). Default\: run to convergence (1e-12).]:eigen-tolerance:'
        '--seed[Seed of the betweenness sampling.]:seed:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_survey() {
    local -i ret=1
    local -ar ___survey_shape=('automatic' 'matrix' 'names' 'long')
    local -ar ___combine=('either' 'both' 'min' 'max' 'mean' 'directed')
    local -ar ___anonymize=('people' 'all')
    local -ar ___format=('text' 'json')
    local -ar arg_specs=(
        ':path:'
        '--nodes[The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.]:nodes:'
        '--edges[The ties file (CSV or .xlsx), when it is not PATH/edges.csv.]:edges:'
        '--nodes-sheet[The workbook'\''s sheet of nodes (default\: the sheet named Elements, Nodes, Actors or People).]:nodes-sheet:'
        '--edges-sheet[The workbook'\''s sheet of ties (default\: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).]:edges-sheet:'
        '--affiliation[A two-mode table (rows such as person,initiative\[,role,date\]) read as affiliation ties.]:affiliation:'
        '--affiliation-kinds[The node kinds of the affiliation table'\''s two columns and the tie kind, as A,B\[,TIE\].]:affiliation-kinds:'
        '--vocabulary[Your own words for kinds\: a CSV (word,kind\[,table\]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).]:vocabulary:'
        '--date-format[How the ties'\'' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.]:date-format:'
        '--create-missing[Create nodes (kind '\''node'\'') for ids that ties name but the nodes file lacks, instead of failing.]'
        '--directed[Honour tie direction\: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.]'
        '--wave[Analyse only the ties of this survey wave (and the nodes they touch).]:wave:'
        '--as-of[Analyse the network as it stood on this date (ISO 8601\: 2017, 2017-03 or 2017-03-24).]:as-of:'
        '--since[Analyse only ties that had not ended before this date (with --until\: a date range).]:since:'
        '--until[Analyse only ties that had begun by this date.]:until:'
        '--project[Analyse the one-mode projection onto nodes of this kind\: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).]:project:'
        '--survey[A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).]:survey:'
        '--roster[With --survey\: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.]:roster:'
        '--survey-shape[With --survey\: how the export is laid out.]:survey-shape:{__liaison_complete "${___survey_shape[@]}"}'
        '--combine[With --survey\: how the two answers about a pair make the tie\: either, both, min, max, mean, or directed (no combining).]:combine:{__liaison_complete "${___combine[@]}"}'
        '--respondent-column[With --survey\: the column naming the respondent (found from its header otherwise).]:respondent-column:'
        '--names-column[With --survey\: a checkbox question'\''s column listing the people chosen.]:names-column:'
        '--tie-question[With --survey\: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.]:tie-question:'
        '--scale[With --survey\: the answer labels in order, the first meaning no tie, e.g. "Never,Yearly,Monthly,Weekly".]:scale:'
        '--matches[With --survey\: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).]:matches:'
        '--min-response-rate[With --survey\: warn when fewer than this share of the roster responded.]:min-response-rate:'
        '--anonymize[Replace the ids and labels of people (or, with '\''all'\'', people and organizations) by stable pseudonyms.]:people|all:{__liaison_complete "${___anonymize[@]}"}'
        '--anonymize-key[The pseudonym key, at least 16 bytes (default\: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.]:anonymize-key:'
        '*--keep-attribute[With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.]:name:'
        '--generate-key[Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.]'
        '--by[Node attributes to break the response rate down by.]:ATTRIBUTE,...:'
        '--rating-max[The top of the rating scale, for PARTNER scores as a share (PARTNER uses 1 to 4).]:rating-max:'
        '(--output -o)'{--output,-o}'[Write the survey'\''s network into this folder as nodes.csv and edges.csv.]:output:'
        '--format[text or json.]:format:{__liaison_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_generate() {
    local -i ret=1
    local -ar ___scale=('community' 'large')
    local -ar arg_specs=(
        '--seed[Seed of the random sequence (any integer from 0 to 18446744073709551615).]:seed:'
        '(-o --output)'{-o,--output}'[Folder to write into (created if missing).]:output:'
        '--scale[Which generator\: community plants structure; large makes benchmark networks of --ties ties.]:scale:{__liaison_complete "${___scale[@]}"}'
        '--cities[Number of cities (community default 6, large default 50).]:cities:'
        '--organizations[Number of organizations, funders included (default 60).]:organizations:'
        '--funders[Number of funders among the organizations, at least 4 (default 5).]:funders:'
        '--people[Number of people (default 250).]:people:'
        '--initiatives[Number of initiatives (default 12).]:initiatives:'
        '--practices[Number of practices (default 30).]:practices:'
        '--convenings[Number of convenings (default 20).]:convenings:'
        '--first-year[First year of the network (default 2016).]:first-year:'
        '--last-year[Last year of the network (default 2019).]:last-year:'
        '--liaisons[Number of learning liaisons to plant (default 5).]:liaisons:'
        '--spreading-practices[Number of practices planted to spread between cities (default 6).]:spreading-practices:'
        '--isolates[Number of nodes planted with no ties (default 4).]:isolates:'
        '--introductions[Number of introductions the catalyst funder makes (default 6).]:introductions:'
        '--ties[Exact number of ties with --scale large (default 1000000).]:ties:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_liaison_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _liaison ]]; then
    _liaison "${@}"
else
    compdef _liaison liaison
fi
