// PROTPRED_CONTACTS: `protpred predict contacts` on one FASTA chunk (residue-residue contacts: <stem>.rr per record, run.json).
// A chunk whose records partly fail still succeeds (exit status 2 with run.json written, see bin/allow_failed_records):
// the predicted records are kept and the report lists the failed ones.
// msa: an alignment file (for a one-record chunk) or a folder of <id>.a3m|.aln|.fasta files, or [] for none
process PROTPRED_CONTACTS {
    tag "$meta.id"
    label 'process_medium'
    label 'process_gpu'

    input:
    tuple val(meta), path(fasta), path(msa)

    output:
    tuple val(meta), path("${prefix}"), emit: results
    path "versions.yml",               emit: versions

    when:
    task.ext.when == null || task.ext.when

    script:
    def args = task.ext.args ?: ''
    prefix   = task.ext.prefix ?: "${meta.id}"
    def msa_arg = msa ? "--msa ${msa}" : ''
    """
    allow_failed_records ${prefix} \\
        ${params.protpred} predict contacts ${args} ${msa_arg} ${fasta} -o ${prefix}

    cat <<-END_VERSIONS > versions.yml
    "${task.process}":
        protpred: \$(${params.protpred} --version | head -n 1 | sed 's/^protpred //')
    END_VERSIONS
    """

    stub:
    prefix = task.ext.prefix ?: "${meta.id}"
    """
    protpred_stub contacts ${fasta} ${prefix}

    cat <<-END_VERSIONS > versions.yml
    "${task.process}":
        protpred: stub
    END_VERSIONS
    """
}
