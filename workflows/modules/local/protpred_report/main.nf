// PROTPRED_REPORT: `protpred report` over every chunk's results: one summary.tsv and one self-contained report.html
// for all records, in input order.
// fastas: the chunk FASTA files in input order (concatenated into the report's input.fasta);
// ss, fold, contacts: the chunks' result folders of each predictor, staged as ss_1, ss_2, ... (their own names clash).
process PROTPRED_REPORT {
    tag "$meta.id"
    label 'process_single'

    input:
    tuple val(meta), path(fastas, stageAs: 'chunks/chunk_?.fasta')
    path(ss,       stageAs: 'ss_?')
    path(fold,     stageAs: 'fold_?')
    path(contacts, stageAs: 'contacts_?')

    output:
    tuple val(meta), path("${prefix}/summary.tsv"), emit: summary
    tuple val(meta), path("${prefix}/report.html"), emit: html
    path "versions.yml",                            emit: versions

    when:
    task.ext.when == null || task.ext.when

    script:
    def args = task.ext.args ?: ''
    prefix   = task.ext.prefix ?: 'report'
    """
    cat ${fastas} > input.fasta
    ${params.protpred} report ${args} input.fasta ss_* fold_* contacts_* -o ${prefix}

    cat <<-END_VERSIONS > versions.yml
    "${task.process}":
        protpred: \$(${params.protpred} --version | head -n 1 | sed 's/^protpred //')
    END_VERSIONS
    """

    stub:
    prefix = task.ext.prefix ?: 'report'
    """
    cat ${fastas} > input.fasta
    protpred_stub report input.fasta ${prefix}

    cat <<-END_VERSIONS > versions.yml
    "${task.process}":
        protpred: stub
    END_VERSIONS
    """
}
