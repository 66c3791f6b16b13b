// PROTPRED_SS: `protpred predict ss` on one FASTA chunk (secondary structure: <stem>.ss2 and <stem>.horiz per record, run.json).
// A chunk whose records partly fail still succeeds (exit status 2 with run.json written, see bin/allow_failed_records):
// the predicted records are kept and the report lists the failed ones.
// (predict ss has no --msa option: a samplesheet's msa column is used by PROTPRED_CONTACTS only)
process PROTPRED_SS {
    tag "$meta.id"
    label 'process_medium'
    label 'process_gpu'

    input:
    tuple val(meta), path(fasta)

    output:
    tuple val(meta), path("${prefix}"), emit: results
    path "versions.yml",               emit: versions

    when:
    task.ext.when == null || task.ext.when

    script:
    def args = task.ext.args ?: ''
    prefix   = task.ext.prefix ?: "${meta.id}"
    def msa_arg = ''
    """
    allow_failed_records ${prefix} \\
        ${params.protpred} predict ss ${args} ${msa_arg} ${fasta} -o ${prefix}

    cat <<-END_VERSIONS > versions.yml
    "${task.process}":
        protpred: \$(${params.protpred} --version | head -n 1 | sed 's/^protpred //')
    END_VERSIONS
    """

    stub:
    prefix = task.ext.prefix ?: "${meta.id}"
    """
    protpred_stub ss ${fasta} ${prefix}

    cat <<-END_VERSIONS > versions.yml
    "${task.process}":
        protpred: stub
    END_VERSIONS
    """
}
