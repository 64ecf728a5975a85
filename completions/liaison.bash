#!/bin/bash

__liaison_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__liaison_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__liaison_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__liaison_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_liaison() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __liaison_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    inspect|validate|metrics|communities|crosspollination|roles|compare|map|map-waves|report|export|survey|generate|help)
        # Offer subcommand argument completions
        "_liaison_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'inspect validate metrics communities crosspollination roles compare map map-waves report export survey generate help' -- "${cur}"))
        ;;
    esac
}

_liaison_inspect() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --raw-csv --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --output -o --format)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--format')
        __liaison_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac
}

_liaison_validate() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --format)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--format')
        __liaison_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac
}

_liaison_metrics() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --weighted --raw-csv --network --exact --version -h --help)
    repeating_options=(--keep-attribute --tie-quality)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --weight-is --parallel-ties --node-kinds --tie-kinds --threads --group --multi --community-seed --community-resolution --output -o --format --metrics --sort --top --kind --attribute --epsilon --delta --eigen-tolerance --seed --personalize)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--weight-is')
        __liaison_add_completions -W 'strength'$'\n''distance'
        return
        ;;
    '--parallel-ties')
        __liaison_add_completions -W 'sum'$'\n''max'$'\n''min'$'\n''count'$'\n''first'
        return
        ;;
    '--node-kinds')
        return
        ;;
    '--tie-kinds')
        return
        ;;
    '--threads')
        return
        ;;
    '--group')
        return
        ;;
    '--multi')
        return
        ;;
    '--community-seed')
        return
        ;;
    '--community-resolution')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--format')
        __liaison_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--metrics')
        return
        ;;
    '--sort')
        return
        ;;
    '--top')
        return
        ;;
    '--kind')
        return
        ;;
    '--attribute')
        return
        ;;
    '--epsilon')
        return
        ;;
    '--delta')
        return
        ;;
    '--eigen-tolerance')
        return
        ;;
    '--seed')
        return
        ;;
    '--tie-quality')
        return
        ;;
    '--personalize')
        return
        ;;
    esac
}

_liaison_communities() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --weighted --raw-csv --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --weight-is --parallel-ties --node-kinds --tie-kinds --threads --output -o --format --method --objective --resolution --seed --iterations)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--weight-is')
        __liaison_add_completions -W 'strength'$'\n''distance'
        return
        ;;
    '--parallel-ties')
        __liaison_add_completions -W 'sum'$'\n''max'$'\n''min'$'\n''count'$'\n''first'
        return
        ;;
    '--node-kinds')
        return
        ;;
    '--tie-kinds')
        return
        ;;
    '--threads')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--format')
        __liaison_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--method')
        __liaison_add_completions -W 'leiden'$'\n''louvain'
        return
        ;;
    '--objective')
        __liaison_add_completions -W 'modularity'$'\n''cpm'
        return
        ;;
    '--resolution')
        return
        ;;
    '--seed')
        return
        ;;
    '--iterations')
        return
        ;;
    esac
}

_liaison_crosspollination() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --weighted --raw-csv --version -h --help)
    repeating_options=(--keep-attribute --tie-quality)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --weight-is --parallel-ties --node-kinds --tie-kinds --threads --group --multi --community-seed --community-resolution --output -o --format --section --permutations --seed)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--weight-is')
        __liaison_add_completions -W 'strength'$'\n''distance'
        return
        ;;
    '--parallel-ties')
        __liaison_add_completions -W 'sum'$'\n''max'$'\n''min'$'\n''count'$'\n''first'
        return
        ;;
    '--node-kinds')
        return
        ;;
    '--tie-kinds')
        return
        ;;
    '--threads')
        return
        ;;
    '--group')
        return
        ;;
    '--multi')
        return
        ;;
    '--community-seed')
        return
        ;;
    '--community-resolution')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--format')
        __liaison_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--section')
        __liaison_add_completions -W 'network'$'\n''groups'$'\n''mixing'$'\n''overlap'$'\n''practices'$'\n''hops'$'\n''pollinators'
        return
        ;;
    '--tie-quality')
        return
        ;;
    '--permutations')
        return
        ;;
    '--seed')
        return
        ;;
    esac
}

_liaison_roles() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --weighted --raw-csv --plain --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --weight-is --parallel-ties --node-kinds --tie-kinds --threads --group --multi --community-seed --community-resolution --output -o --format --periphery-min-fit --role --key-players --seed --catalyst-min-introductions --introduction-window --sponsor-min-grants --sponsor-min-share --organizer-min-convenings --organizer-min-share --peer-min-activities --liaison-min-groups --liaison-min-initiatives --liaison-min-participation --hub-z --broker-z --bridge-min-cut-off --fragmented-below --hub-and-spoke-min-centralization --core-periphery-min-fit --multi-hub-min-hubs)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--weight-is')
        __liaison_add_completions -W 'strength'$'\n''distance'
        return
        ;;
    '--parallel-ties')
        __liaison_add_completions -W 'sum'$'\n''max'$'\n''min'$'\n''count'$'\n''first'
        return
        ;;
    '--node-kinds')
        return
        ;;
    '--tie-kinds')
        return
        ;;
    '--threads')
        return
        ;;
    '--group')
        return
        ;;
    '--multi')
        return
        ;;
    '--community-seed')
        return
        ;;
    '--community-resolution')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--format')
        __liaison_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--periphery-min-fit')
        return
        ;;
    '--role')
        return
        ;;
    '--key-players')
        return
        ;;
    '--seed')
        return
        ;;
    '--catalyst-min-introductions')
        return
        ;;
    '--introduction-window')
        return
        ;;
    '--sponsor-min-grants')
        return
        ;;
    '--sponsor-min-share')
        return
        ;;
    '--organizer-min-convenings')
        return
        ;;
    '--organizer-min-share')
        return
        ;;
    '--peer-min-activities')
        return
        ;;
    '--liaison-min-groups')
        return
        ;;
    '--liaison-min-initiatives')
        return
        ;;
    '--liaison-min-participation')
        return
        ;;
    '--hub-z')
        return
        ;;
    '--broker-z')
        return
        ;;
    '--bridge-min-cut-off')
        return
        ;;
    '--fragmented-below')
        return
        ;;
    '--hub-and-spoke-min-centralization')
        return
        ;;
    '--core-periphery-min-fit')
        return
        ;;
    '--multi-hub-min-hubs')
        return
        ;;
    esac
}

_liaison_compare() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --weighted --raw-csv --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --weight-is --parallel-ties --node-kinds --tie-kinds --threads --group --multi --community-seed --community-resolution --output -o --from --to --wave-reading --top --seed --format --section)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--weight-is')
        __liaison_add_completions -W 'strength'$'\n''distance'
        return
        ;;
    '--parallel-ties')
        __liaison_add_completions -W 'sum'$'\n''max'$'\n''min'$'\n''count'$'\n''first'
        return
        ;;
    '--node-kinds')
        return
        ;;
    '--tie-kinds')
        return
        ;;
    '--threads')
        return
        ;;
    '--group')
        return
        ;;
    '--multi')
        return
        ;;
    '--community-seed')
        return
        ;;
    '--community-resolution')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--wave-reading')
        __liaison_add_completions -W 'cumulative'$'\n''snapshot'
        return
        ;;
    '--top')
        return
        ;;
    '--seed')
        return
        ;;
    '--format')
        __liaison_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--section')
        __liaison_add_completions -W 'indicators'$'\n''nodes'$'\n''ties'$'\n''risers'$'\n''fallers'$'\n''bridges'$'\n''group_links'$'\n''practices'
        return
        ;;
    esac
}

_liaison_map() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --weighted --hide-isolates --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --weight-is --parallel-ties --node-kinds --tie-kinds --threads --output -o --format --engine --size-by --group --multi --community-seed --community-resolution --preset --color-by --labels --label --label-role --label-field --cluster --title --style --seed --focus --radius --min-degree --min-core --max-nodes)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--weight-is')
        __liaison_add_completions -W 'strength'$'\n''distance'
        return
        ;;
    '--parallel-ties')
        __liaison_add_completions -W 'sum'$'\n''max'$'\n''min'$'\n''count'$'\n''first'
        return
        ;;
    '--node-kinds')
        return
        ;;
    '--tie-kinds')
        return
        ;;
    '--threads')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--format')
        __liaison_add_completions -W 'svg'$'\n''png'$'\n''pdf'$'\n''dot'
        return
        ;;
    '--engine')
        __liaison_add_completions -W 'dot'$'\n''neato'$'\n''fdp'$'\n''sfdp'$'\n''circo'$'\n''twopi'
        return
        ;;
    '--size-by')
        __liaison_add_completions -W 'degree'$'\n''in_degree'$'\n''out_degree'$'\n''strength'$'\n''betweenness'$'\n''closeness'$'\n''harmonic'$'\n''eigenvector'$'\n''pagerank'$'\n''core'$'\n''clustering'$'\n''articulation'$'\n''reach_2'$'\n''constraint'$'\n''effective_size'$'\n''efficiency'
        return
        ;;
    '--group')
        return
        ;;
    '--multi')
        return
        ;;
    '--community-seed')
        return
        ;;
    '--community-resolution')
        return
        ;;
    '--preset')
        __liaison_add_completions -W 'overview'$'\n''funders'$'\n''liaisons'$'\n''ego'$'\n''groups'
        return
        ;;
    '--color-by')
        return
        ;;
    '--labels')
        return
        ;;
    '--label')
        return
        ;;
    '--label-role')
        return
        ;;
    '--label-field')
        return
        ;;
    '--cluster')
        return
        ;;
    '--title')
        return
        ;;
    '--style')
        return
        ;;
    '--seed')
        return
        ;;
    '--focus')
        return
        ;;
    '--radius')
        return
        ;;
    '--min-degree')
        return
        ;;
    '--min-core')
        return
        ;;
    '--max-nodes')
        return
        ;;
    esac
}

_liaison_map-waves() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --waves --output -o --engine --wave-reading)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--waves')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--engine')
        return
        ;;
    '--wave-reading')
        __liaison_add_completions -W 'cumulative'$'\n''snapshot'
        return
        ;;
    esac
}

_liaison_report() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --weighted --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --weight-is --parallel-ties --node-kinds --tie-kinds --threads --group --multi --community-seed --community-resolution --output -o --title --seed --min-cell --permutations --max-nodes)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--weight-is')
        __liaison_add_completions -W 'strength'$'\n''distance'
        return
        ;;
    '--parallel-ties')
        __liaison_add_completions -W 'sum'$'\n''max'$'\n''min'$'\n''count'$'\n''first'
        return
        ;;
    '--node-kinds')
        return
        ;;
    '--tie-kinds')
        return
        ;;
    '--threads')
        return
        ;;
    '--group')
        return
        ;;
    '--multi')
        return
        ;;
    '--community-seed')
        return
        ;;
    '--community-resolution')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--title')
        return
        ;;
    '--seed')
        return
        ;;
    '--min-cell')
        return
        ;;
    '--permutations')
        return
        ;;
    '--max-nodes')
        return
        ;;
    esac
}

_liaison_export() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --weighted --raw-csv --exact --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --weight-is --parallel-ties --node-kinds --tie-kinds --threads --output -o --to --metrics --epsilon --delta --eigen-tolerance --seed)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--weight-is')
        __liaison_add_completions -W 'strength'$'\n''distance'
        return
        ;;
    '--parallel-ties')
        __liaison_add_completions -W 'sum'$'\n''max'$'\n''min'$'\n''count'$'\n''first'
        return
        ;;
    '--node-kinds')
        return
        ;;
    '--tie-kinds')
        return
        ;;
    '--threads')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--to')
        __liaison_add_completions -W 'graphml'$'\n''gexf'$'\n''json'$'\n''csv'$'\n''kumu'$'\n''dot'$'\n''xlsx'
        return
        ;;
    '--metrics')
        return
        ;;
    '--epsilon')
        return
        ;;
    '--delta')
        return
        ;;
    '--eigen-tolerance')
        return
        ;;
    '--seed')
        return
        ;;
    esac
}

_liaison_survey() {
    repeating_flags=()
    non_repeating_flags=(--create-missing --directed --generate-key --version -h --help)
    repeating_options=(--keep-attribute)
    non_repeating_options=(--nodes --edges --nodes-sheet --edges-sheet --affiliation --affiliation-kinds --vocabulary --date-format --wave --as-of --since --until --project --survey --roster --survey-shape --combine --respondent-column --names-column --tie-question --scale --matches --min-response-rate --anonymize --anonymize-key --by --rating-max --output -o --format)
    __liaison_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--nodes')
        return
        ;;
    '--edges')
        return
        ;;
    '--nodes-sheet')
        return
        ;;
    '--edges-sheet')
        return
        ;;
    '--affiliation')
        return
        ;;
    '--affiliation-kinds')
        return
        ;;
    '--vocabulary')
        return
        ;;
    '--date-format')
        return
        ;;
    '--wave')
        return
        ;;
    '--as-of')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--project')
        return
        ;;
    '--survey')
        return
        ;;
    '--roster')
        return
        ;;
    '--survey-shape')
        __liaison_add_completions -W 'automatic'$'\n''matrix'$'\n''names'$'\n''long'
        return
        ;;
    '--combine')
        __liaison_add_completions -W 'either'$'\n''both'$'\n''min'$'\n''max'$'\n''mean'$'\n''directed'
        return
        ;;
    '--respondent-column')
        return
        ;;
    '--names-column')
        return
        ;;
    '--tie-question')
        return
        ;;
    '--scale')
        return
        ;;
    '--matches')
        return
        ;;
    '--min-response-rate')
        return
        ;;
    '--anonymize')
        __liaison_add_completions -W 'people'$'\n''all'
        return
        ;;
    '--anonymize-key')
        return
        ;;
    '--keep-attribute')
        return
        ;;
    '--by')
        return
        ;;
    '--rating-max')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--format')
        __liaison_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac
}

_liaison_generate() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--seed -o --output --scale --cities --organizations --funders --people --initiatives --practices --convenings --first-year --last-year --liaisons --spreading-practices --isolates --introductions --ties)
    __liaison_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--seed')
        return
        ;;
    '-o'|'--output')
        return
        ;;
    '--scale')
        __liaison_add_completions -W 'community'$'\n''large'
        return
        ;;
    '--cities')
        return
        ;;
    '--organizations')
        return
        ;;
    '--funders')
        return
        ;;
    '--people')
        return
        ;;
    '--initiatives')
        return
        ;;
    '--practices')
        return
        ;;
    '--convenings')
        return
        ;;
    '--first-year')
        return
        ;;
    '--last-year')
        return
        ;;
    '--liaisons')
        return
        ;;
    '--spreading-practices')
        return
        ;;
    '--isolates')
        return
        ;;
    '--introductions')
        return
        ;;
    '--ties')
        return
        ;;
    esac
}

_liaison_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __liaison_offer_flags_options -1
}

complete -o filenames -F _liaison liaison
