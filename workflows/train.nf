#!/usr/bin/env nextflow
/*
 * Trains the shipped models from $PROTPRED_DATA with the commands of their model cards
 * (resources/models/<task>/<model>.MODEL_CARD.md), one task per training run:
 *
 *   PROTPRED_DATA=/data nextflow run train.nf --models_dir models --checkpoint_dir checkpoints
 *   nextflow run train.nf --train_models ss8-birnn,fold-deepsf      # a subset
 *   nextflow run train.nf -resume                                   # after a failure: continue from checkpoints
 *
 * Models land in --models_dir (storeDir: a trained model is not trained again); train ss and train fold write a
 * checkpoint after every epoch into --checkpoint_dir/NAME and resume from it (see modules/local/protpred_train).
 */
nextflow.enable.dsl = 2

include { PROTPRED_TRAIN   } from './modules/local/protpred_train/main'
include { PROTPRED_COMBINE } from './modules/local/protpred_combine/main'

/*
 * The model cards' commands, less --checkpoint-dir, --run-dir and -o (the workflow adds them).
 * member_of: the ensemble a run is a member of (protpred combine, in the listed order).
 */
def RECIPES = [
    [id: 'ss3-seed43-lstm64', step: 'ss', checkpoints: true, member_of: 'ss3-birnn',
     args: '--epochs 7 --patience 3 --seed 43 --lr-drop-epoch 4 --lr-drop-factor 0.25 --lstm-size 64'],
    [id: 'ss3-seed47-12ep', step: 'ss', checkpoints: true, member_of: 'ss3-birnn',
     args: '--epochs 12 --patience 5 --seed 47 --lr-drop-epoch 7 --lr-drop-factor 0.25'],
    [id: 'ss3-seed48-lstm64-12ep', step: 'ss', checkpoints: true, member_of: 'ss3-birnn',
     args: '--epochs 12 --patience 5 --seed 48 --lr-drop-epoch 7 --lr-drop-factor 0.25 --lstm-size 64'],
    [id: 'ss8-birnn', step: 'ss', checkpoints: true,
     args: '--states 8 --epochs 8 --patience 3 --seed 42 --lr-drop-epoch 5 --lr-drop-factor 0.25'],
    [id: 'fold-deepsf', step: 'fold', checkpoints: true,
     args: '--features with-ss --dense-activation sigmoid --epochs 30 --patience 5 --seed 42 --threads 1'],
    [id: 'contacts-single', step: 'contacts', checkpoints: false,
     args: '--window 3 --rounds 3 --ensemble seeds --pretrain-epochs 2 --epochs 6 --seed 43'],
    [id: 'contacts-msa', step: 'contacts', checkpoints: false,
     args: '--mode msa --folds 5 --hidden 100,50 --rounds 1 --negatives 4 --pretrain-epochs 2 --epochs 15 --seed 42'],
]

workflow {
    def known = (RECIPES.collect { it.member_of ?: it.id } as LinkedHashSet) as List
    def wanted = (params.train_models as String).tokenize(',')*.trim()
    def unknown = wanted - known
    if (unknown) {
        error "--train_models: unknown ${unknown.join(', ')}; the shipped models are ${known.join(', ')}"
    }
    if (!workflow.stubRun && !(params.data && file(params.data).isDirectory())) {
        error "--data (or PROTPRED_DATA): '${params.data ?: ''}' is not a folder with the data sets (README.md, 'Data')"
    }
    def checkpointDir = file(params.checkpoint_dir).toAbsolutePath().toString()
    def data = params.data ? file(params.data).toAbsolutePath().toString() : ''

    def runs = RECIPES.findAll { (it.member_of ?: it.id) in wanted }
    PROTPRED_TRAIN(
        Channel.fromList(runs).map { r -> [r.subMap(['id', 'step', 'checkpoints', 'member_of']), r.args] },
        checkpointDir,
        data)

    // ensembles: their members in the listed order
    def order = runs*.id
    members = PROTPRED_TRAIN.out.model
        .filter { meta, model -> meta.member_of }
        .map { meta, model -> [meta.member_of, [order.indexOf(meta.id), model]] }
        .groupTuple()
        .map { ensemble, items -> [[id: ensemble], items.sort { it[0] }.collect { it[1] }] }
    PROTPRED_COMBINE(members)

    PROTPRED_TRAIN.out.versions.mix(PROTPRED_COMBINE.out.versions)
        .map { it.text }
        .unique()
        .collectFile(name: 'software_versions.yml', storeDir: "${params.models_dir}/pipeline_info", sort: true)
}
