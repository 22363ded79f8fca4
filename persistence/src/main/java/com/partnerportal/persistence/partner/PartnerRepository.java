package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<PartnerEntity, String> {

    public List<PartnerEntity> listByName() {
        return list("order by name, partnerId");
    }
}
