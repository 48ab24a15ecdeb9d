package org.compteassure.web.payment;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.compteassure.web.platform.WrittenComponent;

/**
 * The repeated parts of the "amounts per month" chart: its bars inside the view's {@code <svg>}
 * ({@code <ca:chartBars chart="#{…}"/>}) and the rows of its data table ({@code <ca:chartRows chart="#{…}"/>}).
 */
public final class MonthChartParts {

    private MonthChartParts() {
    }

    private abstract static class Part extends WrittenComponent {

        @Override
        public void encodeEnd(FacesContext context) throws IOException {
            MonthChart chart = attribute("chart");
            ResponseWriter writer = context.getResponseWriter();
            for (MonthChart.Bar bar : chart.getBars()) {
                write(chart, bar, writer);
            }
        }

        abstract void write(MonthChart chart, MonthChart.Bar bar, ResponseWriter writer) throws IOException;
    }

    /** A bar per month with its tooltip, and the month's short name under the axis where the chart labels it. */
    @FacesComponent("org.compteassure.ChartBars")
    public static class Bars extends Part {

        @Override
        void write(MonthChart chart, MonthChart.Bar bar, ResponseWriter writer) throws IOException {
            writer.startElement("rect", this);
            writer.writeAttribute("x", bar.x(), null);
            writer.writeAttribute("y", bar.y(), null);
            writer.writeAttribute("width", chart.getBarWidth(), null);
            writer.writeAttribute("height", bar.height(), null);
            writer.writeAttribute("class", "chart-bar", null);
            textElement(writer, "title", null, bar.monthName() + " : " + bar.amountText());
            writer.endElement("rect");
            if (bar.labelled()) {
                writer.startElement("text", this);
                writer.writeAttribute("x", bar.labelX(), null);
                writer.writeAttribute("y", chart.getBaseline() + 18, null);
                writer.writeAttribute("text-anchor", "middle", null);
                writer.writeAttribute("class", "chart-label", null);
                writer.writeText(bar.shortName(), null);
                writer.endElement("text");
            }
        }
    }

    /** A row of the chart's data table per month: its name and amount. */
    @FacesComponent("org.compteassure.ChartRows")
    public static class Rows extends Part {

        @Override
        void write(MonthChart chart, MonthChart.Bar bar, ResponseWriter writer) throws IOException {
            writer.startElement("tr", this);
            writer.startElement("th", this);
            writer.writeAttribute("scope", "row", null);
            writer.writeText(bar.monthName(), null);
            writer.endElement("th");
            textElement(writer, "td", "number", bar.amountText());
            writer.endElement("tr");
        }
    }
}
