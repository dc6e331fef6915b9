package org.gongkai.core.model;

import java.util.List;

/**
 * 政府采购: the year's procurement budget and its split into goods, works and services.
 * Example: total 605.89 万元 = goods 3.89 + works 0 + services 602.00.
 *
 * @param total    政府采购预算总额
 * @param goods    货物
 * @param works    工程
 * @param services 服务
 * @param text     the paragraphs as published
 */
public record Procurement(PublishedAmount total, PublishedAmount goods, PublishedAmount works,
                          PublishedAmount services, List<Paragraph> text) {

    public Procurement {
        text = List.copyOf(text);
    }
}
