import PDFDocument from 'pdfkit';
import { CouncilReportContent, nlDate, nlNumber, nlPercent, ReportChart } from './council-report-content';

const COLOURS = {
  demand: '#4a78b5',
  p80: '#c2561a',
  capacity: '#2e8b57',
  axis: '#555555',
  text: '#1a1a1a',
  muted: '#666666',
};
const MARGIN = 56;

/** Lays the report out as an A4 PDF (pdfkit, vector charts, standard fonts): cover, summary, risks, advice, charts, method. */
export async function renderCouncilReport(
  content: CouncilReportContent,
): Promise<{ pdf: Buffer; pages: number }> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${content.title} – ${content.organisationName}`,
      Author: 'Wijkkracht',
      Subject: 'Raadsrapportage capaciteit warmtetransitie',
    },
    lang: 'nl-NL',
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  // Cover
  doc.fillColor(COLOURS.text).font('Helvetica-Bold').fontSize(28).text(content.title, MARGIN, 200, { width });
  doc.moveDown(0.5).font('Helvetica').fontSize(18).text(content.organisationName, { width });
  doc.moveDown(0.3).fontSize(14).fillColor(COLOURS.muted).text('Raadsrapportage', { width });
  doc
    .moveDown(2)
    .fontSize(11)
    .text(`Op basis van de prognose van ${nlDate(content.forecastDate)}.`, { width });
  doc.text('Gemaakt met Wijkkracht.', { width });

  // Summary
  doc.addPage();
  heading(doc, 'Samenvatting');
  for (const paragraph of content.summary)
    doc
      .font('Helvetica')
      .fontSize(11)
      .fillColor(COLOURS.text)
      .text(paragraph, { width, paragraphGap: 8, lineGap: 2 });

  // Milestones at risk
  doc.addPage();
  heading(doc, 'Mijlpalen met risico');
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(COLOURS.muted)
    .text('Mijlpalen met de kleinste kans om vóór hun uiterste datum gehaald te worden.', { width });
  doc.moveDown(0.5);
  table(
    doc,
    ['Mijlpaal', 'Wijk', 'Uiterste datum', 'Kans op tijd', 'Verwacht (P50)', 'Uiterlijk (P80)'],
    [0.24, 0.2, 0.14, 0.12, 0.15, 0.15],
    content.atRisk.map((m) => [
      m.name,
      m.wijkName,
      m.deadline ? nlDate(m.deadline) : '–',
      nlPercent(m.probabilityOnTime),
      m.p50 ? nlDate(m.p50) : '–',
      m.p80 ? nlDate(m.p80) : '–',
    ]),
  );

  // Advice
  doc.moveDown(1.5);
  heading(doc, 'Advies: extra capaciteit');
  if (content.advice.length) {
    table(
      doc,
      ['Discipline', 'Extra fte', 'Vanaf', 'Kosten per jaar (inhuur)'],
      [0.4, 0.15, 0.15, 0.3],
      content.advice.map((a) => [
        a.discipline,
        nlNumber(a.fte, 1),
        `Q${a.from.slice(6)} ${a.from.slice(0, 4)}`,
        `€ ${nlNumber(a.yearlyCost)}`,
      ]),
    );
  } else {
    doc
      .font('Helvetica')
      .fontSize(11)
      .fillColor(COLOURS.text)
      .text('Er is tot en met 2030 geen extra capaciteit nodig om het P80-tekort te dekken.', { width });
  }

  // Charts: four per page
  const charts = content.quarterCharts;
  for (let i = 0; i < charts.length; i += 4) {
    doc.addPage();
    heading(
      doc,
      i === 0
        ? 'Vraag en capaciteit per discipline, per kwartaal tot en met 2030'
        : 'Vraag en capaciteit per discipline (vervolg)',
    );
    legend(doc);
    const top = doc.y + 8;
    const h = (doc.page.height - MARGIN - top) / 4 - 6;
    charts
      .slice(i, i + 4)
      .forEach((chart, j) => drawChart(doc, chart, MARGIN, top + j * (h + 6), width, h - 4));
  }
  doc.addPage();
  heading(doc, 'Vooruitblik tot 2050');
  legend(doc);
  drawChart(doc, content.outlook, MARGIN, doc.y + 8, width, 260);

  // Method
  doc.addPage();
  heading(doc, 'Werkwijze, aannames en onzekerheid');
  for (const paragraph of content.method)
    doc
      .font('Helvetica')
      .fontSize(10.5)
      .fillColor(COLOURS.text)
      .text(paragraph, { width, paragraphGap: 8, lineGap: 2 });

  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    // Text below the bottom margin would start a new page; the footer belongs in that margin.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(COLOURS.muted)
      .text(
        `${content.organisationName} – pagina ${p + 1} van ${range.count}`,
        MARGIN,
        doc.page.height - 40,
        { width, align: 'center', lineBreak: false },
      );
  }
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), pages: range.count };
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.font('Helvetica-Bold').fontSize(16).fillColor(COLOURS.text).text(text, MARGIN, doc.y);
  doc.moveDown(0.6);
}

function legend(doc: PDFKit.PDFDocument): void {
  const y = doc.y;
  const items: [string, string][] = [
    [COLOURS.demand, 'Vraag, verwacht (P50)'],
    [COLOURS.p80, 'Vraag, ruim (P80)'],
    [COLOURS.capacity, 'Capaciteit'],
  ];
  let x = MARGIN;
  for (const [colour, label] of items) {
    doc.rect(x, y + 2, 10, 8).fill(colour);
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(COLOURS.text)
      .text(label, x + 14, y, { lineBreak: false });
    x += 150;
  }
  doc.y = y + 14;
}

function table(doc: PDFKit.PDFDocument, headers: string[], shares: number[], rows: string[][]): void {
  const width = doc.page.width - 2 * MARGIN;
  const widths = shares.map((s) => s * width);
  const row = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - MARGIN - 30) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    let height = 0;
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9)
      .fillColor(COLOURS.text);
    cells.forEach((cell, i) => {
      height = Math.max(height, doc.heightOfString(cell, { width: widths[i] - 4 }));
      doc.text(cell, x, y, { width: widths[i] - 4 });
      x += widths[i];
    });
    doc.y = y + height + 4;
    doc
      .moveTo(MARGIN, doc.y - 2)
      .lineTo(MARGIN + width, doc.y - 2)
      .lineWidth(0.3)
      .strokeColor('#cccccc')
      .stroke();
  };
  row(headers, true);
  for (const r of rows) row(r, false);
  doc.x = MARGIN;
}

/** Bars of P50 demand, a tick for P80 and a capacity line, in hours per period. */
function drawChart(
  doc: PDFKit.PDFDocument,
  chart: ReportChart,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const left = x + 44;
  const plotW = w - 48;
  const top = y + 14;
  const plotH = h - 30;
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .fillColor(COLOURS.text)
    .text(chart.title, x, y, { width: w, lineBreak: false });
  const max = Math.max(1, ...chart.capacity, ...chart.demandP80, ...chart.demandP50) * 1.1;
  const n = Math.max(1, chart.periods.length);
  const step = plotW / n;
  const yOf = (v: number) => top + plotH - (v / max) * plotH;
  doc
    .lineWidth(0.5)
    .strokeColor(COLOURS.axis)
    .moveTo(left, top)
    .lineTo(left, top + plotH)
    .lineTo(left + plotW, top + plotH)
    .stroke();
  doc.font('Helvetica').fontSize(7).fillColor(COLOURS.muted);
  doc.text(`${nlNumber(max / 1.1)} uur`, x, yOf(max / 1.1) - 3, {
    width: 42,
    align: 'right',
    lineBreak: false,
  });
  doc.text('0', x, top + plotH - 4, { width: 42, align: 'right', lineBreak: false });
  chart.demandP50.forEach((v, i) => {
    const barH = (v / max) * plotH;
    if (barH > 0)
      doc.rect(left + i * step + step * 0.15, top + plotH - barH, step * 0.7, barH).fill(COLOURS.demand);
  });
  chart.demandP80.forEach((v, i) => {
    if (v > 0)
      doc
        .lineWidth(1.2)
        .strokeColor(COLOURS.p80)
        .moveTo(left + i * step + step * 0.1, yOf(v))
        .lineTo(left + i * step + step * 0.9, yOf(v))
        .stroke();
  });
  if (chart.capacity.length) {
    doc.lineWidth(1.2).strokeColor(COLOURS.capacity);
    chart.capacity.forEach((v, i) => {
      const px = left + i * step + step / 2;
      if (i === 0) doc.moveTo(px, yOf(v));
      else doc.lineTo(px, yOf(v));
    });
    doc.stroke();
  }
  const every = Math.max(1, Math.ceil(n / 8));
  doc.font('Helvetica').fontSize(6.5).fillColor(COLOURS.muted);
  chart.periods.forEach((p, i) => {
    if (i % every === 0)
      doc.text(p, left + i * step, top + plotH + 3, { width: step * every, lineBreak: false });
  });
  doc.x = MARGIN;
}
