#!/usr/bin/env nextflow
/*
 * protpred: secondary structure, SCOP fold and residue-residue contacts for every record of a FASTA file (or of the
 * FASTA files of a samplesheet), scattered in chunks of --chunk_size records, gathered into one summary.tsv and one
 * report.html. See README.md in this folder.
 *
 *   nextflow run main.nf --input proteins.fasta --outdir results
 *   nextflow run main.nf -profile test
 */
nextflow.enable.dsl = 2

include { PROTPRED_SS       } from './modules/local/protpred_ss/main'
include { PROTPRED_FOLD     } from './modules/local/protpred_fold/main'
include { PROTPRED_CONTACTS } from './modules/local/protpred_contacts/main'
include { PROTPRED_REPORT   } from './modules/local/protpred_report/main'

/*
 * The input sets, in input order: [meta, fasta, msa] with meta [id, order] and msa a file, a folder or [] (none).
 * A FASTA file is one set named after the file (its alignments: --msa). A samplesheet (.csv with the header
 * id,fasta[,msa]) gives one set per row; relative paths are relative to the samplesheet's folder; an empty msa
 * cell falls back to --msa.
 */
def inputSets(String input, msa) {
    def source = file(input, checkIfExists: true)
    def defaultMsa = msa ? file(msa, checkIfExists: true) : []
    if (!source.name.toLowerCase().endsWith('.csv')) {
        def id = source.name.replaceFirst(/(?i)\.(fasta|fa|faa|fas)(\.gz)?$/, '')
        return [[[id: id, order: 0], source, defaultMsa]]
    }
    def rows = source.splitCsv(header: true, strip: true)
    if (rows.isEmpty() || !rows[0].containsKey('id') || !rows[0].containsKey('fasta')) {
        error "samplesheet ${source}: needs a header line 'id,fasta[,msa]' and at least one row"
    }
    def seen = [] as Set
    return rows.withIndex().collect { row, i ->
        def where = "samplesheet ${source}: row ${i + 1}"
        if (!(row.id ==~ /[A-Za-z0-9._-]+/)) {
            error "${where}: id '${row.id ?: ''}' must be letters, digits, '.', '_' or '-'"
        }
        if (!seen.add(row.id)) {
            error "${where}: id '${row.id}' appears twice"
        }
        if (!row.fasta) {
            error "${where}: no fasta"
        }
        def fasta = relativeTo(source, row.fasta)
        def rowMsa = row.msa ? relativeTo(source, row.msa) : defaultMsa
        [[id: row.id, order: i], fasta, rowMsa]
    }
}

def relativeTo(sheet, String path) {
    def f = path.startsWith('/') || path.contains('://') ? file(path) : sheet.parent.resolve(path)
    if (!f.exists()) {
        error "samplesheet ${sheet}: no such file: ${path}"
    }
    return f
}

// splitFasta names the chunks of NAME.fasta NAME.1.fasta, NAME.2.fasta, ...: their number
def chunkNumber(chunk) {
    def m = chunk.name =~ /\.(\d+)\.[^.]+$/
    return m ? m[0][1] as int : 1
}

// a channel's [meta, value] items as one list of values in input order (set, then chunk): stable task inputs
// whatever order the chunks finished in, so that -resume finds the report task cached
def inInputOrder(ch) {
    ch.toSortedList { a, b -> a[0].order <=> b[0].order ?: a[0].chunk <=> b[0].chunk }
        .map { items -> items.collect { it[1] } }
}

workflow PROTPRED {
    take:
    sets        // [meta, fasta, msa]

    main:
    chunks = sets
        .splitFasta(by: params.chunk_size, file: true, elem: 1)
        .map { meta, chunk, msa ->
            def n = chunkNumber(chunk)
            [meta + [id: "${meta.id}_${n}", set: meta.id, chunk: n], chunk, msa]
        }
        .ifEmpty { error "--input ${params.input}: no FASTA records" }

    PROTPRED_SS(chunks.map { meta, chunk, msa -> [meta, chunk] })
    PROTPRED_FOLD(chunks.map { meta, chunk, msa -> [meta, chunk] })
    PROTPRED_CONTACTS(chunks)

    def reportName = params.input ? file(params.input).baseName : 'report'
    PROTPRED_REPORT(
        inInputOrder(chunks.map { meta, chunk, msa -> [meta, chunk] }).map { fastas -> [[id: reportName], fastas] },
        inInputOrder(PROTPRED_SS.out.results),
        inInputOrder(PROTPRED_FOLD.out.results),
        inInputOrder(PROTPRED_CONTACTS.out.results))

    versions = PROTPRED_SS.out.versions
        .mix(PROTPRED_FOLD.out.versions, PROTPRED_CONTACTS.out.versions, PROTPRED_REPORT.out.versions)

    emit:
    ss       = PROTPRED_SS.out.results
    fold     = PROTPRED_FOLD.out.results
    contacts = PROTPRED_CONTACTS.out.results
    summary  = PROTPRED_REPORT.out.summary
    html     = PROTPRED_REPORT.out.html
    versions = versions
}

workflow {
    if (!params.input) {
        error "--input: give a FASTA file or a samplesheet (id,fasta[,msa]); see README.md"
    }
    if (!(params.chunk_size instanceof Integer) || params.chunk_size < 1) {
        error "--chunk_size: ${params.chunk_size}: must be a whole number of records, at least 1"
    }

    PROTPRED(Channel.fromList(inputSets(params.input as String, params.msa)))

    // one software_versions.yml: each process's protpred version, once
    PROTPRED.out.versions
        .map { it.text }
        .unique()
        .collectFile(name: 'software_versions.yml', storeDir: "${params.outdir}/pipeline_info", sort: true)
}
