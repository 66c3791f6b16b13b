// PROTPRED_TRAIN: one `protpred train STEP ARGS -o NAME.zip` run of a model card's recipe (train.nf).
// meta: [id: NAME, step: ss|fold|contacts, checkpoints: true when the command takes --checkpoint-dir (train ss, fold)].
// Checkpointed runs write checkpoint.zip after every epoch into checkpoint_dir/NAME, a stable folder outside the work
// dir, and always pass --resume: a task that failed or was killed continues from its last epoch when the workflow is
// run again with -resume (a run without a checkpoint starts from the beginning). The model file goes to storeDir
// (nextflow.config): once trained, a model is never trained again.
process PROTPRED_TRAIN {
    tag "$meta.id"
    label 'process_long'
    label 'process_gpu'

    input:
    tuple val(meta), val(recipe)
    val checkpoint_dir
    val data

    output:
    tuple val(meta), path("${meta.id}.zip"), emit: model
    path "${meta.id}.versions.yml",          emit: versions

    when:
    task.ext.when == null || task.ext.when

    script:
    def args = task.ext.args ?: ''
    def checkpoints = meta.checkpoints ? "--checkpoint-dir ${checkpoint_dir}/${meta.id} --run-dir ${checkpoint_dir}/${meta.id} --resume" : ''
    """
    export PROTPRED_DATA='${data}'
    ${params.protpred} train ${meta.step} ${recipe} ${checkpoints} ${args} -o ${meta.id}.zip

    cat <<-END_VERSIONS > ${meta.id}.versions.yml
    "${task.process}":
        protpred: \$(${params.protpred} --version | head -n 1 | sed 's/^protpred //')
    END_VERSIONS
    """

    stub:
    """
    # an empty zip archive (end-of-central-directory record only)
    printf 'PK\\005\\006\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0' > ${meta.id}.zip

    cat <<-END_VERSIONS > ${meta.id}.versions.yml
    "${task.process}":
        protpred: stub
    END_VERSIONS
    """
}
