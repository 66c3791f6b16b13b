// PROTPRED_COMBINE: `protpred combine -o NAME.zip MEMBERS...`: an ensemble of trained members (train.nf, ss3-birnn).
process PROTPRED_COMBINE {
    tag "$meta.id"
    label 'process_single'

    input:
    tuple val(meta), path(members)

    output:
    tuple val(meta), path("${meta.id}.zip"), emit: model
    path "${meta.id}.versions.yml",          emit: versions

    when:
    task.ext.when == null || task.ext.when

    script:
    def args = task.ext.args ?: ''
    """
    ${params.protpred} combine ${args} -o ${meta.id}.zip ${members}

    cat <<-END_VERSIONS > ${meta.id}.versions.yml
    "${task.process}":
        protpred: \$(${params.protpred} --version | head -n 1 | sed 's/^protpred //')
    END_VERSIONS
    """

    stub:
    """
    printf 'PK\\005\\006\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0' > ${meta.id}.zip

    cat <<-END_VERSIONS > ${meta.id}.versions.yml
    "${task.process}":
        protpred: stub
    END_VERSIONS
    """
}
